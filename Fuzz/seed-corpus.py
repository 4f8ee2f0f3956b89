#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target under Fuzz/Corpus/<target>/ from the shipped
datasets and the test fixtures. Run through `scripts/fuzz --reseed`; the output is
deterministic, so a rerun without data changes leaves the files as they are. With target
names as arguments, only their corpora are rewritten.

Every seed is at most 4 KiB (libFuzzer's default input length), 600 bytes for the extractor,
cut at line ends.
"""
import csv
import io
import json
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "Fuzz" / "Corpus"
LIMIT = 4096
# The extractor costs about 8 µs a byte under the sanitizer: short pieces keep it near
# 500 executions a second (scripts/fuzz gives it the same -max_len).
EXTRACTOR_LIMIT = 600
TARGETS_HEADER = [
    "id", "geo", "indicator", "unit", "year", "comparator", "value", "value_high", "kind",
    "document", "section", "quote", "label", "confidence", "caveat", "note",
]


def chunks(data: bytes, prefix: bytes = b"", limit: int = LIMIT):
    """`data` cut at line ends into pieces of at most `limit` bytes, each after `prefix`."""
    piece = prefix
    for line in data.splitlines(keepends=True):
        if len(piece) + len(line) > limit and piece != prefix:
            yield piece
            piece = prefix
        piece += line[: limit - len(prefix)]
    if piece != prefix:
        yield piece


def write(target: str, name: str, data: bytes, seen: dict):
    if data in seen.setdefault(target, set()):
        return
    seen[target].add(data)
    path = CORPUS / target / name
    path.write_bytes(data)


def rel(path: Path) -> str:
    return str(path.relative_to(ROOT)).replace("/", "_").replace("Tests_CatalogTests_Fixtures_", "")


def read_rows(path: Path):
    text = path.read_bytes().decode("utf-8", errors="surrogateescape").lstrip("\ufeff")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def targets_body(rows) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    for row in rows:
        writer.writerow([(row.get(c) or "") for c in TARGETS_HEADER])
    return out.getvalue().encode("utf-8", errors="surrogateescape")


def spec_seeds():
    """Composite specs for the Spec harness: the shipped ones, and one per setting of the
    format on the harness's COINr data (Fuzz/Spec/data) and synthetic catalog (i0001-i0006)."""
    for path in sorted((ROOT / "datasets").glob("**/*.json")):
        yield rel(path), path.read_bytes()
    coinr = {"coinr": {"idata": "data/idata.csv", "imeta": "data/imeta.csv"}}
    framework = [{"code": f"i000{i}", "parent": "p1" if i <= 3 else "p2"} for i in range(1, 7)]
    framework += [
        {"code": "p1", "name": "Trụ cột 1", "level": 2, "parent": "index", "weight": 2},
        {"code": "p2", "name": "Pillar 2", "name_en": "Pillar 2", "level": 2, "parent": "index"},
        {"code": "index", "name": "Chỉ số", "level": 3},
    ]
    normalisations = [
        {"method": "min-max", "lower": 0, "upper": 100},
        {"method": "z-score", "mean": 10, "sd": 2},
        {"method": "percentile-rank"},
        {"method": "rank"},
        {"method": "distance-to-target", "cap": False},
        {"method": "none"},
        {"method": "scaled", "lower": 0, "upper": 50, "scale": 10},
        {"method": "borda"},
        {"method": "fraction-of-max"},
        {"method": "distance-to-max"},
        {"method": "box-cox", "lambda": 0.5},
        {"method": "goalposts", "lower": 0, "upper": 10, "scale": 100, "truncate": False},
        {"method": "distance-to-reference", "unit": "U2", "cap": True},
    ]
    fallbacks = ["log", "none", {"method": "box-cox", "lambda": 0}]
    imputations = ["none", "mean", "median", {"group-mean": "Size_group"},
                   {"group-median": "Size_group"}]
    uncertainty = {
        "winsorisation_limits": [0, 1, 2],
        "normalisations": normalisations[:2],
        "aggregations": ["arithmetic", "geometric", "harmonic",
                         {"method": "generalised", "p": 2}, "copeland"],
        "weight_noise": {"1": 0.25, "2": 0.5},
    }
    n = 0
    for method in ["arithmetic", "geometric", "harmonic", "generalised", "copeland"]:
        for i, normalisation in enumerate(normalisations):
            build = {
                "denominate": i % 2 == 0,
                "imputation": imputations[i % len(imputations)],
                "screening": {"threshold": 0.5},
                "winsorisation": {"max_points": i, "fallback": fallbacks[i % 3]},
                "normalisation": normalisation,
                "aggregation": {"method": method, "threshold": 0.5},
            }
            if method == "generalised":
                build["aggregation"]["p"] = [2, 0.5, -1][i % 3]
            spec = {"name": f"seed {n}", "source": coinr, "build": build,
                    "uncertainty": uncertainty}
            yield f"coinr-{n:02}.json", json.dumps(spec, ensure_ascii=False, indent=1).encode()
            catalog = {"catalog": {"subject": ["targets", "observations"][i % 2],
                                   "year": 2030, "geography": "2024", "region": "NMM"}}
            build = dict(build, denominate=False, imputation=imputations[i % 3])
            spec = {"name": f"seed {n}", "name_en": "Seed", "source": catalog,
                    "framework": framework, "build": build, "uncertainty": uncertainty}
            yield f"catalog-{n:02}.json", json.dumps(spec, ensure_ascii=False, indent=1).encode()
            n += 1


def main() -> int:
    targets = sys.argv[1:] or ["CSVReader", "Targets", "Parsers", "JSONReader", "Extractor", "Spec"]
    for target in targets:
        shutil.rmtree(CORPUS / target, ignore_errors=True)
        (CORPUS / target).mkdir(parents=True)
    seen: dict = {}
    if "Spec" in targets:
        for name, data in spec_seeds():
            write("Spec", name, data, seen)
        if targets == ["Spec"]:
            print(f"Spec: {len(seen['Spec'])} seeds")
            return 0
    fixtures = sorted((ROOT / "Tests/CatalogTests/Fixtures").glob("**/*.csv"))
    datasets = sorted((ROOT / "datasets").glob("**/*.csv"))

    # CSVReader: every fixture file, and every dataset file in pieces after its header.
    for path in fixtures:
        for i, piece in enumerate(chunks(path.read_bytes())):
            write("CSVReader", f"{rel(path)}-{i:02}", piece, seen)
    for path in datasets:
        data = path.read_bytes()
        header, _, body = data.partition(b"\n")
        for i, piece in enumerate(chunks(body, header + b"\n")):
            write("CSVReader", f"{rel(path)}-{i:02}", piece, seen)

    # Targets: rows of every targets file, laid out in the harness's fixed column order.
    for path in [p for p in fixtures + datasets if p.name == "targets.csv"]:
        try:
            rows = read_rows(path)
        except csv.Error:
            continue
        for i in range(0, len(rows), 3):
            for j, piece in enumerate(chunks(targets_body(rows[i : i + 3]))):
                write("Targets", f"{rel(path)}-{i // 3:03}-{j}", piece, seen)

    # Parsers: each distinct value of the columns that the field parsers read.
    columns = ["year", "comparator", "value", "value_high", "valid_from", "valid_to", "unit",
               "kind", "confidence", "regional_weight", "weight"]
    values = set()
    for path in fixtures + datasets:
        try:
            rows = read_rows(path)
        except csv.Error:
            continue
        for row in rows:
            values.update(v for c, v in row.items() if c in columns and v)
    for i, value in enumerate(sorted(values)):
        write("Parsers", f"value-{i:03}", value.encode("utf-8", errors="surrogateescape"), seen)

    # JSONReader: the composite specs and the JSON golden files that fit.
    for path in sorted((ROOT / "datasets").glob("**/*.json")) + sorted(ROOT.glob("Tests/**/*.json")):
        data = path.read_bytes()
        if len(data) <= LIMIT:
            write("JSONReader", rel(path), data, seen)
        else:  # a smaller document of the same shape: the first member of each array
            def first(value):
                if isinstance(value, list):
                    return [first(v) for v in value[:1]]
                if isinstance(value, dict):
                    return {k: first(v) for k, v in value.items()}
                return value
            small = json.dumps(first(json.loads(data)), ensure_ascii=False, indent=1)
            if len(small.encode()) <= LIMIT:
                write("JSONReader", rel(path), small.encode(), seen)

    # Extractor: the source documents in pieces of whole lines.
    for path in sorted((ROOT / "datasets/sources").glob("*")):
        if path.suffix in (".txt", ".md"):
            for i, piece in enumerate(chunks(path.read_bytes(), limit=EXTRACTOR_LIMIT)):
                write("Extractor", f"{path.stem}-{i:02}", piece, seen)

    for target in sorted(seen):
        print(f"{target}: {len(seen[target])} seeds")
    return 0


if __name__ == "__main__":
    sys.exit(main())
