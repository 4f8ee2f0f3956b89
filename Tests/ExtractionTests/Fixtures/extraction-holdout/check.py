#!/usr/bin/env python3
"""Consistency check of the hand-labelled extraction set (no dependencies).

Usage: python3 check.py [folder]   (default: the folder this file is in)
Checks: header, every file exists and is UTF-8 NFC with LF endings, every phrase occurs
verbatim on the given line, values parse, comparators are allowed, years are 4-digit,
value_high > value when given, is_target is true/false; sources.csv covers every passage.
Exits 1 on any problem; prints counts.
"""
import csv, os, sys, unicodedata

HEADER = "file,line,value,value_high,comparator,year,is_target,unit,indicator_hint,phrase,note".split(",")
COMPARATORS = {">=", ">", "=", "<=", "<", "~", "range"}

def main(folder):
    problems = []
    passages = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
    texts = {}
    for name in passages:
        raw = open(os.path.join(folder, name), "rb").read()
        text = raw.decode("utf-8")
        if "\r" in text:
            problems.append(f"{name}: CR line endings")
        if unicodedata.normalize("NFC", text) != text:
            problems.append(f"{name}: not NFC")
        texts[name] = text.split("\n")
    with open(os.path.join(folder, "expected.csv"), encoding="utf-8", newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header != HEADER:
            problems.append(f"expected.csv header {header}")
        rows = list(reader)
    counts = {"target": 0, "observation": 0}
    used = set()
    for n, row in enumerate(rows, start=2):
        if len(row) != len(HEADER):
            problems.append(f"row {n}: {len(row)} fields"); continue
        r = dict(zip(HEADER, row))
        where = f"row {n} ({r['file']}:{r['line']} {r['phrase']!r})"
        if r["file"] not in texts:
            problems.append(f"{where}: no such file"); continue
        used.add(r["file"])
        lines = texts[r["file"]]
        try:
            line = int(r["line"])
            if not (1 <= line <= len(lines)) or r["phrase"] not in lines[line - 1]:
                problems.append(f"{where}: phrase not on that line")
        except ValueError:
            problems.append(f"{where}: bad line")
        try:
            value = float(r["value"])
        except ValueError:
            problems.append(f"{where}: bad value {r['value']!r}"); value = None
        if r["value_high"]:
            try:
                high = float(r["value_high"])
                if value is not None and not high > value:
                    problems.append(f"{where}: value_high not above value")
            except ValueError:
                problems.append(f"{where}: bad value_high")
            if r["comparator"] not in ("range", "~"):
                problems.append(f"{where}: value_high with comparator {r['comparator']}")
        elif r["comparator"] == "range":
            problems.append(f"{where}: range without value_high")
        if r["comparator"] not in COMPARATORS:
            problems.append(f"{where}: comparator {r['comparator']!r}")
        if not (len(r["year"]) == 4 and r["year"].isdigit()):
            problems.append(f"{where}: year {r['year']!r}")
        if r["is_target"] not in ("true", "false"):
            problems.append(f"{where}: is_target {r['is_target']!r}")
        else:
            counts["target" if r["is_target"] == "true" else "observation"] += 1
        # the number itself should appear in the phrase (Vietnamese spelling)
        if value is not None:
            spelled = r["value"].replace(".", ",")
            whole = r["value"].split(".")[0]
            if spelled not in r["phrase"] and whole not in r["phrase"].replace(".", ""):
                problems.append(f"{where}: value {r['value']} not visible in phrase")
    with open(os.path.join(folder, "sources.csv"), encoding="utf-8", newline="") as f:
        sources = {row["file"]: row for row in csv.DictReader(f)}
    for name in passages:
        if name not in sources:
            problems.append(f"{name}: missing from sources.csv")
        if name not in used:
            problems.append(f"{name}: no labelled figure")
    for name in sources:
        if name not in texts:
            problems.append(f"sources.csv: {name} has no file")
    provinces = {s["province"] for s in sources.values()}
    print(f"passages {len(passages)}, source provinces {len(provinces)}, rows {len(rows)}, "
          f"targets {counts['target']}, observations {counts['observation']}")
    for p in problems:
        print("PROBLEM:", p)
    return 1 if problems else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))))
