import Testing

@testable import Composite

@Suite struct CompositeTableTests {
  @Test func rowsAreStoredColumnMajorWithNaNForMissing() {
    let data = CompositeData(
      unitCodes: ["A", "B", "C"], indicatorCodes: ["x", "y"], rows: [[1, 4], [2, nil], [3, 6]])
    #expect(data.values.prefix(4) == [1, 2, 3, 4] && data.values[4].isNaN && data.values[5] == 6)
    #expect(data[unit: 2, indicator: 1] == 6)
    #expect(data.unitCount == 3 && data.indicatorCount == 2)
  }

  @Test func tableLooksUpColumnsAndCellsByCode() {
    let table = CompositeData(
      unitCodes: ["A", "B"], indicatorCodes: ["x", "y"], rows: [[1, .nan], [2, 5]]
    ).table
    #expect(table.column("x").map(Array.init) == [1, 2])
    #expect(table.column("z") == nil)
    #expect(table.value(unit: "B", column: "y") == 5)
    #expect(table.value(unit: "A", column: "y")?.isNaN == true)
    #expect(table.value(unit: "Q", column: "y") == nil)
    // Missing values compare equal to each other, so a table equals its copy.
    #expect(
      table
        == CompositeTable(unitCodes: ["A", "B"], columnCodes: ["x", "y"], values: table.values))
  }
}
