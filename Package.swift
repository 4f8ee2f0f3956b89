// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "provbench",
  products: [
    .library(name: "Support", targets: ["Support"]),
    .library(name: "Catalog", targets: ["Catalog"]),
    .library(name: "Benchmark", targets: ["Benchmark"]),
    .library(name: "Reports", targets: ["Reports"]),
    .executable(name: "provbench", targets: ["provbench"]),
  ],
  targets: [
    .target(name: "Support"),
    .target(name: "Catalog", dependencies: ["Support"]),
    .target(name: "Benchmark", dependencies: ["Support", "Catalog"]),
    .target(name: "Reports", dependencies: ["Support", "Catalog", "Benchmark"]),
    .executableTarget(
      name: "provbench", dependencies: ["Support", "Catalog", "Benchmark", "Reports"]),
    .testTarget(name: "SupportTests", dependencies: ["Support"]),
    .testTarget(name: "CatalogTests", dependencies: ["Support", "Catalog"], exclude: ["Fixtures"]),
    .testTarget(
      name: "BenchmarkTests", dependencies: ["Support", "Catalog", "Benchmark"],
      exclude: ["Composite/Fixtures"]),
    .executableTarget(
      name: "CompositeBench", dependencies: ["Benchmark"], path: "Benchmarks/CompositeBench"),
    .executableTarget(
      name: "ScaleBench", dependencies: ["Catalog", "Benchmark", "Reports"],
      path: "Benchmarks/ScaleBench"),
    .testTarget(name: "ReportsTests", dependencies: ["Support", "Catalog", "Reports"]),
    .testTarget(
      name: "provbenchTests", dependencies: ["provbench", "Support", "Catalog"],
      exclude: ["Golden"]),
  ]
)
