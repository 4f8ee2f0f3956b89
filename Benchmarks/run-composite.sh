#!/usr/bin/env bash
# Builds CompositeBench in release mode and runs it (timings of the composite engine).
# Usage: Benchmarks/run-composite.sh [CompositeBench options, e.g. --quick --jobs 1]
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
scratch="$root/.build-composite/bench"

swift build -c release --scratch-path "$scratch" --product CompositeBench >&2
binary="$scratch/release/CompositeBench"

echo "machine: $(nproc) cores, $(uname -srm), $(swift --version 2>/dev/null | head -1)"
"$binary" --data "$root/Tests/CompositeTests/Fixtures/coinr-asem" "$@"
