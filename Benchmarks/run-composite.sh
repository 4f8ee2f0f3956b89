#!/usr/bin/env bash
# Builds CompositeBench in release mode and runs it (timings of the composite engine).
# Usage: Benchmarks/run-composite.sh [CompositeBench options, e.g. --quick --jobs 1]
#
# When Package.swift has the CompositeBench executable target, it is built there. Until then
# the script builds it from a throwaway manifest in a temporary directory that links to
# Sources/ and Benchmarks/, so the real Package.swift is never touched.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
scratch="$root/.build-composite/bench"

if grep -q '"CompositeBench"' Package.swift; then
  swift build -c release --scratch-path "$scratch" --product CompositeBench >&2
  binary="$scratch/release/CompositeBench"
else
  package="$(mktemp -d)"
  trap 'rm -rf "$package"' EXIT
  ln -s "$root/Sources" "$package/Sources"
  ln -s "$root/Benchmarks" "$package/Benchmarks"
  cat >"$package/Package.swift" <<'EOF'
// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "composite-bench",
  targets: [
    .target(name: "Catalog"),
    .target(name: "Benchmark", dependencies: ["Catalog"]),
    .executableTarget(
      name: "CompositeBench", dependencies: ["Benchmark"], path: "Benchmarks/CompositeBench"),
  ]
)
EOF
  (cd "$package" && swift build -c release --scratch-path "$scratch-standalone" >&2)
  binary="$scratch-standalone/release/CompositeBench"
fi

echo "machine: $(nproc) cores, $(uname -srm), $(swift --version 2>/dev/null | head -1)"
"$binary" --data "$root/Tests/BenchmarkTests/Composite/Fixtures/coinr-asem" "$@"
