#!/usr/bin/env python3
"""Compares ComplexityBench's CSV with lizard's on the same files: function counts and total cyclomatic complexity
per language, their ratios (ours / lizard), and the files that differ most. Usage: compare.py OURS.csv LIZARD.csv"""
import csv
import sys
from collections import defaultdict

LANG = {".cs": "C#", ".java": "Java", ".js": "JavaScript", ".mjs": "JavaScript", ".cjs": "JavaScript", ".jsx": "JavaScript",
        ".ts": "TypeScript", ".tsx": "TypeScript", ".php": "PHP", ".go": "Go", ".py": "Python", ".rb": "Ruby"}


def lang(path):
    dot = path.rfind(".")
    return LANG.get(path[dot:].lower(), "?")


def read_ours(name):
    per = defaultdict(lambda: [0, 0])
    with open(name, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            per[row["path"]][0] += 1
            per[row["path"]][1] += int(row["complexity"])
    return per


def read_lizard(name, root):
    per = defaultdict(lambda: [0, 0])
    with open(name, newline="", encoding="utf-8", errors="replace") as f:
        for row in csv.reader(f):
            if len(row) < 7 or not row[0].isdigit():
                continue
            path = row[6]
            if path.startswith(root):
                path = path[len(root):].lstrip("/")
            per[path][0] += 1
            per[path][1] += int(row[1])
    return per


def table(ours, theirs, paths):
    totals = defaultdict(lambda: [0, 0, 0, 0])
    for path in paths:
        t = totals[lang(path)]
        o, l = ours.get(path, [0, 0]), theirs.get(path, [0, 0])
        t[0] += o[0]; t[1] += l[0]; t[2] += o[1]; t[3] += l[1]
    print("| Language | Functions (ours) | Functions (lizard) | Ratio | CCN sum (ours) | CCN sum (lizard) | Ratio |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for name, (fo, fl, co, cl) in sorted(totals.items()):
        print(f"| {name} | {fo} | {fl} | {fo / fl if fl else float('nan'):.3f} | {co} | {cl} | {co / cl if cl else float('nan'):.3f} |")


def main():
    ours, theirs = read_ours(sys.argv[1]), read_lizard(sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else "")
    print("All files:\n")
    table(ours, theirs, set(ours) | set(theirs))
    # A file where one tool finds no function at all is usually one it could not parse (lizard stops at some Java
    # annotations and JavaScript regular expressions); the second table leaves those out.
    print("\nFiles where both found functions:\n")
    table(ours, theirs, set(ours) & set(theirs))
    worst = sorted(set(ours) | set(theirs), key=lambda p: -(abs(ours.get(p, [0, 0])[0] - theirs.get(p, [0, 0])[0]) * 3
                                                       + abs(ours.get(p, [0, 0])[1] - theirs.get(p, [0, 0])[1])))
    print("\nFiles that differ most (functions ours/lizard, CCN ours/lizard):")
    for p in worst[:int(sys.argv[4]) if len(sys.argv) > 4 else 8]:
        o, l = ours.get(p, [0, 0]), theirs.get(p, [0, 0])
        if o != l:
            print(f"  {p}: {o[0]}/{l[0]}, {o[1]}/{l[1]}")


main()
