#!/usr/bin/env python3
"""CSV ingest throughput: provbench's reader against pandas.read_csv, same files, same run.

Usage: python3 Benchmarks/csv_ingest.py --bench PATH/TO/ScaleBench [--repeat N] FILE...

For each file, alternately and best of N: `ScaleBench csv FILE` (provbench's streaming
reader: RFC 4180, UTF-8 validated, every field a Swift String, nothing kept) and, in this
process, pandas.read_csv twice: with every column as text (dtype=str, no NA guessing: the
same work as provbench's reader) and with its default type inference. Prints one table.
Run by Benchmarks/run-scale.sh; pandas is needed for the benchmark only.
"""

import argparse
import json
import os
import subprocess
import sys
import time


def best_of(repeat, work):
    best = float("inf")
    result = None
    for _ in range(repeat):
        start = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - start)
    return best, result


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bench", required=True, help="the ScaleBench executable")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    try:
        import pandas
    except ImportError:
        sys.exit("error: pandas is not installed (python3 -m pip install pandas)")

    rows = []
    for path in args.files:
        size = os.path.getsize(path)
        out = subprocess.run(
            [args.bench, "csv", "--repeat", str(args.repeat), path],
            check=True, capture_output=True, text=True).stdout
        swift = json.loads(out.strip().splitlines()[-1])
        text_time, frame = best_of(
            args.repeat, lambda: pandas.read_csv(path, dtype=str, keep_default_na=False))
        shape = frame.shape
        del frame
        typed_time, frame = best_of(args.repeat, lambda: pandas.read_csv(path))
        del frame
        rows.append((path, size, shape, swift["seconds"], text_time, typed_time))

    print(f"pandas {pandas.__version__}, Python {sys.version.split()[0]}; best of {args.repeat}")
    print(f"{'file':<40} {'MB':>8} {'rows':>10} {'provbench':>16} {'pandas (text)':>16}"
          f" {'pandas (typed)':>16} {'vs text':>8} {'vs typed':>9}")
    for path, size, shape, swift, text, typed in rows:
        mb = size / 1e6
        print(f"{os.path.basename(os.path.dirname(path)) + '/' + os.path.basename(path):<40}"
              f" {mb:>8.1f} {shape[0]:>10,} {swift:>7.2f} s {mb / swift:>4.0f} MB/s"
              f" {text:>7.2f} s {mb / text:>4.0f} MB/s {typed:>7.2f} s {mb / typed:>4.0f} MB/s"
              f" {text / swift:>7.2f}x {typed / swift:>8.2f}x")


if __name__ == "__main__":
    main()
