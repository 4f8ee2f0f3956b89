// Embedding provbench: a planning office's own program builds a catalog in memory (no CSV
// files), validates it, computes one province's gaps against its region and renders that
// province's profile page as Markdown. Only the libraries' public API is used.
//
//   swift run EmbedExample
import Benchmark
import Catalog
import Foundation
import Reports
import Support

let plan = """
  Muc tieu den nam 2030: Kinh te so chiem toi thieu 40% GRDP.
  Den nam 2030, kinh te so dat 20% GRDP.
  Phan dau den nam 2030 kinh te so dat tren 30% GRDP.
  """

func province(_ id: String, _ name: String) -> Province {
  Province(
    id: id, code: "00", name: name, nameEn: name, region: "R", validFrom: nil, validTo: nil,
    successor: nil, source: "example")
}

func target(_ id: String, _ geo: String, _ comparator: Comparison, _ value: Double, _ quote: String)
  -> Target
{
  Target(
    id: id, geo: geo, indicator: "digital_economy_share_grdp", unit: .percentOfGRDP,
    horizon: Horizon(year: 2030), kind: .quantitative, quantity: Quantity(comparator, value),
    provenance: Provenance(source: "plan-\(geo)", section: "1", quote: quote, confidence: .primary),
    label: "", caveat: "", note: "",
    location: SourceLocation(file: "example", line: 1, column: 1))
}

func document(_ geo: String) -> Document {
  Document(
    id: "plan-\(geo)", geo: geo, issuer: "UBND", number: "", date: "", kind: .plan,
    title: "Kế hoạch", implements: [], file: "plan.txt", url: nil, language: "vi",
    confidence: .primary, note: "")
}

let catalog = Catalog(
  documents: ["alpha", "beta", "gamma"].map(document),
  provinces: [
    province("alpha", "Tỉnh Alpha"), province("beta", "Tỉnh Beta"),
    province("gamma", "Tỉnh Gamma"),
  ],
  regions: [
    Region(
      id: "R", name: "Vùng thử", nameEn: "Test region", geography: "2024", basis: .official,
      membersSource: "example"),
    Region(
      id: "VN", name: "Việt Nam", nameEn: "Viet Nam", geography: "national", basis: .official,
      membersSource: "example"),
  ],
  indicators: [
    Indicator(
      id: "digital_economy_share_grdp", name: "Tỷ trọng kinh tế số trong GRDP",
      nameEn: "Digital economy share of GRDP", unit: .percentOfGRDP, polarity: .higher,
      group: "digital", family: "digital_economy_share_grdp", denominator: "grdp",
      regionalWeight: .unweighted, description: "")
  ],
  targets: [
    target("a1", "alpha", .atLeast, 40, "den nam 2030: Kinh te so chiem toi thieu 40% GRDP"),
    target("b1", "beta", .equal, 20, "Den nam 2030, kinh te so dat 20% GRDP"),
    target("g1", "gamma", .greaterThan, 30, "den nam 2030 kinh te so dat tren 30% GRDP"),
  ],
  sources: [
    "plan-alpha": SourceText(plan), "plan-beta": SourceText(plan),
    "plan-gamma": SourceText(plan),
  ],
  directory: "in-memory")

let problems = catalog.validate()
for problem in problems { print(problem) }
guard !problems.contains(where: { $0.severity == .error }) else {
  print("the catalog has errors")
  exit(65)
}
print("validated: \(catalog.targets.count) targets, no errors")

let gaps = catalog.gaps(of: "beta", region: "R", year: 2030, geography: .before2025)
for row in gaps.rows {
  print(
    "beta \(row.indicator.id) \(row.year): own \(row.own.figure), regional mean "
      + "\(row.region.mean) over \(row.region.contributions.count) of "
      + "\(row.region.members.count), gap \(row.toMean.absolute)")
}
print(GapsListing.render(gaps, catalog: catalog, format: .md), terminator: "")

let pages = try ReportSet.pages(
  catalog, ReportOptions(provinces: ["beta"], year: 2030, language: .en, region: "R"))
if let profile = pages.first(where: { $0.slug == "province-beta" }) {
  print(MarkdownRenderer.render(profile), terminator: "")
}
