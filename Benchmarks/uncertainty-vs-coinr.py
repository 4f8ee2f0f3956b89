#!/usr/bin/env python3
"""provbench's whole `uncertainty` process against COINr's uncertainty analysis inside R, in
one run, in turn: each round runs COINr once (Benchmarks/coinr-uncertainty-benchmark.R, which
reports the seconds get_sensitivity() took inside R) and provbench 20 times as whole
processes (start-up, reading the spec and the CSVs, the runs, printing), and prints the
medians and the ratio COINr / provbench for wall-clock and CPU time.

    python3 Benchmarks/uncertainty-vs-coinr.py [--rounds 3] [--runs 100] [--binary PATH]

Needs R and COINr (see Benchmarks/coinr-audit-reference.R) and a release build of provbench.
"""
import argparse
import os
import re
import resource
import statistics
import subprocess
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def provbench_once(binary, runs):
    """Wall and CPU (user + system) seconds of one whole provbench process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(
        [binary, "uncertainty", "--spec", "datasets/composite/asem.json", "--runs", str(runs),
         "--seed", "1"], cwd=ROOT, stdout=subprocess.DEVNULL, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def coinr_once(runs):
    """Wall and CPU seconds of COINr's analysis as R reports them."""
    out = subprocess.run(
        ["Rscript", "Benchmarks/coinr-uncertainty-benchmark.R", str(runs), "1"], cwd=ROOT,
        capture_output=True, text=True, check=True).stdout
    match = re.search(r"wall ([0-9.]+) s, cpu ([0-9.]+) s", out)
    if not match:
        raise SystemExit(f"unexpected output from R: {out!r}")
    return float(match.group(1)), float(match.group(2))


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--binary", default=os.path.join(ROOT, ".build/release/provbench"))
    args = parser.parse_args()
    provbench_once(args.binary, args.runs)  # warm-up: page cache
    ours, theirs = [], []
    for round_ in range(args.rounds):
        theirs.append(coinr_once(args.runs))
        ours.extend(provbench_once(args.binary, args.runs) for _ in range(20))
        print(f"round {round_ + 1}: COINr wall {theirs[-1][0]:.3f} s cpu {theirs[-1][1]:.3f} s; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
    for name, index in (("wall", 0), ("cpu", 1)):
        p = statistics.median(x[index] for x in ours)
        c = statistics.median(x[index] for x in theirs)
        print(f"{name}: provbench median {p * 1000:.1f} ms (n = {len(ours)}), "
              f"COINr median {c:.2f} s (n = {len(theirs)}), ratio {c / p:,.0f}x")


if __name__ == "__main__":
    main()
