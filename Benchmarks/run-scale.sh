#!/usr/bin/env bash
# The scale benchmark of issue 9: synthetic datasets (`provbench synth`) of 1,000 units ×
# 100 indicators and 10,000 × 500; every stage run as a whole command under /usr/bin/time -v
# (wall clock, CPU, peak RSS, RSS against the CSV size), the same stages timed in-process on
# one loaded catalog, and CSV ingest against pandas.read_csv on the same files.
#
# Usage: Benchmarks/run-scale.sh [--sizes "1000x100 10000x500"] [--seed S] [--work DIR]
#                                [--repeat N] [--skip-pandas]
#   --work DIR   where the datasets go (default .build-scale/scale-data; they are reused
#                when present, since 10,000 × 500 takes a minute or two to write)
#
# Needs Debian's `time` package (installed with apt-get when missing) and, for the ingest
# comparison only, pandas (installed with pip when missing). Builds in release mode with
# --scratch-path .build-scale.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
scratch="$root/.build-scale"
sizes="1000x100 10000x500"
seed=1
work="$scratch/scale-data"
repeat=3
pandas=1
while [ $# -gt 0 ]; do
  case "$1" in
    --sizes) sizes="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --work) work="$2"; shift 2 ;;
    --repeat) repeat="$2"; shift 2 ;;
    --skip-pandas) pandas=0; shift ;;
    *) echo "error: unknown option '$1'" >&2; exit 64 ;;
  esac
done

if [ ! -x /usr/bin/time ]; then
  echo "== installing Debian's time package (apt-get)" >&2
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq time; } >&2
fi
if [ "$pandas" = 1 ] && ! python3 -c 'import pandas' >/dev/null 2>&1; then
  echo "== installing pandas for the ingest comparison (pip)" >&2
  PIP_ROOT_USER_ACTION=ignore python3 -m pip install -q --disable-pip-version-check pandas >&2
fi

echo "== building (release)" >&2
swift build -c release --scratch-path "$scratch" --product provbench >&2
provbench="$scratch/release/provbench"
swift build -c release --scratch-path "$scratch" --product ScaleBench >&2
bench="$scratch/release/ScaleBench"

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -srm)"
echo "toolchain: $(swift --version 2>/dev/null | head -1)"
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"

# Runs one command under /usr/bin/time -v; prints wall, user, sys, peak RSS and RSS/CSV.
measure() {
  local label="$1" csv_bytes="$2"
  shift 2
  local log
  log="$(mktemp)"
  if ! /usr/bin/time -v "$@" >/dev/null 2>"$log"; then
    echo "error: '$*' failed:" >&2
    tail -20 "$log" >&2
    exit 1
  fi
  awk -v label="$label" -v csv="$csv_bytes" -F': ' '
    /Elapsed \(wall clock\) time/ {
      n = split($2, p, ":"); wall = (n == 3) ? p[1] * 3600 + p[2] * 60 + p[3] : p[1] * 60 + p[2]
    }
    /User time \(seconds\)/ { user = $2 }
    /System time \(seconds\)/ { sys = $2 }
    /Maximum resident set size/ { rss = $2 * 1024 }
    END {
      printf "| %-44s | %8.2f | %8.2f | %7.2f | %9.0f | %6.2f |\n",
        label, wall, user, sys, rss / 1048576, rss / csv
    }' "$log"
  rm -f "$log"
}

for size in $sizes; do
  units="${size%x*}"
  indicators="${size#*x}"
  data="$work/synth-${units}x${indicators}-s${seed}"
  echo
  echo "## ${units} units × ${indicators} indicators (seed ${seed})"
  if [ ! -d "$data" ]; then
    mkdir -p "$work"
    echo "generating $data" >&2
    start=$(date +%s%N)
    "$provbench" synth --units "$units" --indicators "$indicators" --seed "$seed" --out "$data" >&2
    echo "generated in $(( ($(date +%s%N) - start) / 1000000 )) ms"
  fi
  csv_bytes=$(cat "$data"/*.csv | wc -c)
  source_bytes=$(cat "$data"/sources/* | wc -c)
  echo
  echo "| file | bytes |"
  echo "| --- | ---: |"
  for file in "$data"/*.csv; do
    printf "| %s | %'d |\n" "$(basename "$file")" "$(wc -c <"$file")"
  done
  printf "| all CSV files | %'d |\n" "$csv_bytes"
  printf "| sources/ (%d files) | %'d |\n" "$(ls "$data/sources" | wc -l)" "$source_bytes"
  echo
  echo "Whole commands (/usr/bin/time -v; every command loads and validates the whole dataset):"
  echo
  echo "| command | wall s | user s | sys s | peak RSS MiB | RSS/CSV |"
  echo "| --- | ---: | ---: | ---: | ---: | ---: |"
  measure "catalog validate" "$csv_bytes" "$provbench" catalog validate --data "$data"
  measure "align --indicator i0001" "$csv_bytes" \
    "$provbench" align --indicator i0001 --data "$data"
  measure "gaps p00001" "$csv_bytes" "$provbench" gaps p00001 --data "$data"
  measure "rank --indicator i0001" "$csv_bytes" "$provbench" rank --indicator i0001 --data "$data"
  measure "index --spec composite/spec.json" "$csv_bytes" \
    "$provbench" index --spec "$data/composite/spec.json" --data "$data"
  echo
  echo "In-process stages on one loaded catalog (ScaleBench stages):"
  echo
  "$bench" stages "$data" | python3 -c '
import json, sys
print("| stage | seconds |")
print("| --- | ---: |")
for line in sys.stdin:
    row = json.loads(line)
    print("| %s | %.3f |" % (row["stage"], row["seconds"]))'
  if [ "$pandas" = 1 ]; then
    echo
    echo "CSV ingest, provbench against pandas.read_csv (same files, same run):"
    echo
    python3 Benchmarks/csv_ingest.py --bench "$bench" --repeat "$repeat" \
      "$data/targets.csv" "$data/observations.csv"
  fi
done
echo
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
