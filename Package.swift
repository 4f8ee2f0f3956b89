// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "provbench",
  products: [
    .library(name: "Catalog", targets: ["Catalog"]),
    .library(name: "Benchmark", targets: ["Benchmark"]),
    .library(name: "Reports", targets: ["Reports"]),
    .executable(name: "provbench", targets: ["provbench"]),
  ],
  targets: [
    .target(name: "Catalog"),
    .target(name: "Benchmark", dependencies: ["Catalog"]),
    .target(name: "Reports", dependencies: ["Catalog", "Benchmark"]),
    .executableTarget(name: "provbench", dependencies: ["Catalog", "Benchmark", "Reports"]),
    .testTarget(name: "CatalogTests", dependencies: ["Catalog"], exclude: ["Fixtures"]),
    .testTarget(
      name: "BenchmarkTests", dependencies: ["Benchmark"], exclude: ["Composite/Fixtures"]),
    .executableTarget(
      name: "CompositeBench", dependencies: ["Benchmark"], path: "Benchmarks/CompositeBench"),
    .executableTarget(
      name: "ScaleBench", dependencies: ["Catalog", "Benchmark", "Reports"],
      path: "Benchmarks/ScaleBench"),
    .testTarget(name: "ReportsTests", dependencies: ["Reports"]),
    .testTarget(
      name: "provbenchTests", dependencies: ["provbench", "Catalog"], exclude: ["Golden"]),
  ]
)
