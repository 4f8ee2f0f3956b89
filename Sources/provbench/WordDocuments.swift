import Catalog
import Reports
import Support

/// `--format docx` of `draft`, `compare` and `gaps`: the page as a Vietnamese administrative
/// document (Decree 30/2020/NĐ-CP), to `--output FILE` or to standard output when that is not
/// a terminal.
enum WordDocuments {
  /// `--issuer` and `--number`, which set the heading block of a Word document.
  static let options = [
    OptionSpec(
      name: "--issuer", value: "bodies",
      help: "With --format docx: the issuing body, after the bodies above it, separated by '|'"
        + " (default: the province's People's Committee)."),
    OptionSpec(
      name: "--number", value: "text",
      help: "With --format docx: what follows 'Số:' (default: blank, '/BC-UBND')."),
  ]

  /// Whether the command was asked for a Word document.
  static func wanted(_ arguments: ParsedArguments) -> Bool {
    arguments.options["--format"] == "docx"
  }

  /// The heading options of a command asked for a Word document; refused without one.
  struct Request {
    var issuer: [String]?
    var number: String?
    /// `--lang` when given; a Word document is Vietnamese unless asked otherwise.
    var language: Language
    var output: String?

    init(_ arguments: ParsedArguments, docx: Bool) throws {
      let given = ["--issuer", "--number"].filter { arguments.options[$0] != nil }
      if !docx, let first = given.first {
        throw UsageError(message: "\(Text.quoted(first)) goes with '--format docx'")
      }
      // a what-if compares two listings; a Word document is one page
      if docx, arguments.options["--with"] != nil {
        throw UsageError(message: "'--with' does not go with '--format docx'")
      }
      issuer = try arguments.options["--issuer"].map { text in
        let bodies = text.split(separator: "|").map {
          $0.trimmingCharacters(in: .whitespaces)
        }.filter { !$0.isEmpty }
        guard !bodies.isEmpty else {
          throw UsageError(
            message: "'--issuer' needs a body, e.g. 'ỦY BAN NHÂN DÂN TỈNH LAI CHÂU|SỞ KHOA HỌC"
              + " VÀ CÔNG NGHỆ'")
        }
        return bodies
      }
      number = arguments.options["--number"]
      language = try arguments.language(default: .vi)
      output = arguments.options["--output"]
    }

    /// The province's default heading with the user's issuer and number.
    func heading(_ provinceName: String, isDraft: Bool) -> DocumentHeading {
      var heading = DocumentHeading.provincialReport(
        provinceName, language: language, isDraft: isDraft)
      if let issuer, let body = issuer.last {
        heading.parentBodies = Array(issuer.dropLast())
        heading.issuer = body
      }
      if let number { heading.number = number }
      return heading
    }
  }

  /// Writes `page` under `heading` as a `.docx` to the request's destination.
  static func write(
    _ page: Page, _ heading: DocumentHeading, _ request: Request, _ environment: Environment,
    output: CommandOutput = CommandOutput()
  ) throws -> CommandOutput {
    try Workbooks.checkDestination(request.output, environment, kind: "a Word document")
    let bytes = try AdministrativeDocument(page: page, heading: heading).bytes()
    return try Workbooks.write(
      bytes, to: request.output, environment, output: output,
      summary: "\(page.title) (Word, A4)")
  }
}
