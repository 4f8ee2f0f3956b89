import Catalog

/// The internal machinery of `TargetExtractor`: OCR folding, tokens, layout, figures,
/// comparators, years and keyword scoring (docs/methodology.md, "Extracting targets from plan
/// text"). A namespace, so these helpers never clash with other names in the module.
enum Extraction {}
