import Foundation
import Support
import Testing

@testable import Composite

@Suite struct CompositeLoaderTests {
  let imeta = """
    "Level","iCode","iName","Direction","Weight","Unit","Target","Denominator","Parent","Type"
    1,"x","X",1,1,"u",5,"Pop","P","Indicator"
    1,"y","Y",-1,2,"u",NA,NA,"P","Indicator"
    2,"P","Pillar",1,1,"Score",NA,NA,NA,"Aggregate"
    NA,"Region","Region",NA,NA,NA,NA,NA,NA,"Group"
    NA,"Pop","Population",NA,NA,NA,NA,NA,NA,"Denominator"
    NA,"Note","Other",NA,NA,NA,NA,NA,NA,"Other"

    """
  let idata = """
    "uName","uCode","Region","Time","Pop","x","y"
    "Alpha","A","N",2020,10,1,NA
    "Beta","B",NA,2020,20,2,3

    """

  func parse(idata: String, imeta: String) throws -> CompositeInput {
    try CompositeLoader.parse(
      idata: CSVReader.read(Array(idata.utf8), file: "idata.csv"),
      imeta: CSVReader.read(Array(imeta.utf8), file: "imeta.csv"))
  }

  func diagnostics(idata: String? = nil, imeta: String? = nil) -> [String] {
    do {
      _ = try parse(idata: idata ?? self.idata, imeta: imeta ?? self.imeta)
      return []
    } catch let error as CompositeError {
      return error.description.split(separator: "\n").map(String.init)
    } catch {
      return ["\(error)"]
    }
  }

  @Test func readsDataGroupsDenominatorsAndHierarchy() throws {
    let input = try parse(idata: idata, imeta: imeta)
    #expect(input.data.unitCodes == ["A", "B"])
    #expect(input.unitNames == ["Alpha", "Beta"])
    #expect(input.data.indicatorCodes == ["x", "y"])
    #expect(input.data[unit: 1, indicator: 1] == 3 && input.data[unit: 0, indicator: 1].isNaN)
    #expect(input.data.groups == ["Region": ["N", nil]])
    #expect(input.data.denominators == ["Pop": [10, 20]])
    #expect(input.framework.codes == ["x", "y", "P"])
    let y = input.framework.nodes[1]
    #expect(y.direction == .negative && y.weight == 2 && y.target == nil && y.name == "Y")
    #expect(input.framework.nodes[0].denominator == "Pop" && input.framework.nodes[0].target == 5)
  }

  @Test func loadsTheASEMExample() throws {
    let input = try ReferenceFixtures.asem.get()
    #expect(input.data.unitCount == 51 && input.data.indicatorCount == 49)
    #expect(input.framework.nodes.count == 60 && input.framework.levelCount == 4)
    #expect(
      Set(input.data.groups.keys) == ["GDP_group", "GDPpc_group", "Pop_group", "EurAsia_group"])
    #expect(Set(input.data.denominators.keys) == ["Area", "Energy", "GDP", "Population"])
    #expect(input.data.denominators["Energy"]?.filter(\.isNaN).count == 1)
  }

  @Test func badValuesAreLocated() {
    let badNumber = idata.replacingOccurrences(of: "2020,20,2,3", with: "2020,20,2,three")
    #expect(
      diagnostics(idata: badNumber)
        == ["idata.csv:3:25: error: 'three' is not a number (write NA for a missing value)"])
    let badMeta = imeta.replacingOccurrences(of: "-1,2,\"u\"", with: "0,2,\"u\"")
      .replacingOccurrences(of: "\"Other\"\n", with: "\"Otter\"\n")
    #expect(
      diagnostics(imeta: badMeta) == [
        "imeta.csv:3:11: error: direction '0' is not 1 or -1",
        "imeta.csv:7:37: error: unknown type 'Otter' "
          + "(Indicator, Aggregate, Group, Denominator or Other)",
      ])
  }

  @Test func missingColumnsAndUnknownNamesAreLocated() {
    let noY = idata.replacingOccurrences(of: ",\"y\"", with: ",\"why\"")
    #expect(
      diagnostics(idata: noY) == ["imeta.csv:3:3: error: indicator 'y' has no column in idata.csv"])
    let typo = imeta.replacingOccurrences(of: "5,\"Pop\"", with: "5,\"Popn\"")
    #expect(
      diagnostics(imeta: typo) == [
        "imeta.csv:2:21: error: unknown denominator 'Popn' (no Denominator row of that code) "
          + "(did you mean 'Pop'?)"
      ])
    let parent = imeta.replacingOccurrences(of: "\"u\",NA,NA,\"P\"", with: "\"u\",NA,NA,\"PP\"")
    #expect(
      diagnostics(imeta: parent)
        == ["imeta.csv:3:3: error: unknown parent 'PP' of 'y' (did you mean 'P'?)"])
    let duplicate = idata.replacingOccurrences(of: "\"B\",NA", with: "\"A\",NA")
    #expect(diagnostics(idata: duplicate) == ["idata.csv:3:8: error: duplicate uCode 'A'"])
  }

  @Test func unreadableFilesAreNamed() {
    let missing = URL(fileURLWithPath: "/nonexistent/composite")
    #expect(
      throws: CompositeError.unreadableFile(
        path: "/nonexistent/composite/idata.csv", reason: "no such file")
    ) {
      try CompositeLoader.load(directory: missing)
    }
  }
}
