// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "provbench",
  products: [
    .library(name: "Support", targets: ["Support"]),
    .library(name: "Catalog", targets: ["Catalog"]),
    .library(name: "Extraction", targets: ["Extraction"]),
    .library(name: "Synthetic", targets: ["Synthetic"]),
    .library(name: "Composite", targets: ["Composite"]),
    .library(name: "Benchmark", targets: ["Benchmark"]),
    .library(name: "Reports", targets: ["Reports"]),
    .executable(name: "provbench", targets: ["provbench"]),
  ],
  targets: [
    .target(name: "Support"),
    .target(name: "Catalog", dependencies: ["Support"]),
    .target(name: "Extraction", dependencies: ["Support", "Catalog"]),
    .target(name: "Synthetic", dependencies: ["Support", "Catalog"]),
    .target(name: "Composite", dependencies: ["Support"]),
    .target(name: "Benchmark", dependencies: ["Support", "Catalog", "Composite"]),
    .target(
      name: "Reports",
      dependencies: ["Support", "Catalog", "Composite", "Benchmark", "Extraction"]),
    .executableTarget(
      name: "provbench",
      dependencies: [
        "Support", "Catalog", "Extraction", "Synthetic", "Composite", "Benchmark", "Reports",
      ]),
    // what the test targets share: paths, the CLI runner, golden files, catalogs built in code
    .target(
      name: "TestSupport", dependencies: ["Support", "Catalog"], path: "Tests/TestSupport"),
    .testTarget(name: "SupportTests", dependencies: ["Support"]),
    // CatalogTests replays every fuzz harness's crashers, the extractor's among them
    .testTarget(
      name: "CatalogTests", dependencies: ["TestSupport", "Support", "Catalog", "Extraction"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "ExtractionTests", dependencies: ["TestSupport", "Support", "Catalog", "Extraction"],
      exclude: ["Fixtures"]),
    .testTarget(
      name: "SyntheticTests", dependencies: ["TestSupport", "Support", "Catalog", "Synthetic"]),
    .testTarget(
      name: "BenchmarkTests",
      dependencies: ["TestSupport", "Support", "Catalog", "Synthetic", "Composite", "Benchmark"]),
    .testTarget(
      name: "CompositeTests", dependencies: ["TestSupport", "Support", "Composite"],
      exclude: ["Fixtures"]),
    // a program that embeds the libraries (public API only); run by provbenchTests
    .executableTarget(
      name: "EmbedExample", dependencies: ["Support", "Catalog", "Benchmark", "Reports"],
      path: "Examples/embed"),
    .executableTarget(
      name: "CompositeBench", dependencies: ["Composite"], path: "Benchmarks/CompositeBench"),
    .executableTarget(
      name: "ScaleBench",
      dependencies: ["Support", "Catalog", "Composite", "Benchmark", "Reports"],
      path: "Benchmarks/ScaleBench"),
    .testTarget(
      name: "ReportsTests",
      dependencies: [
        "TestSupport", "Support", "Catalog", "Benchmark", "Composite", "Reports",
      ]),
    .testTarget(
      name: "provbenchTests",
      dependencies: [
        "TestSupport", "provbench", "EmbedExample", "Support", "Catalog", "Extraction",
      ],
      exclude: ["Golden"]),
  ]
)
