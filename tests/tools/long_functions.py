#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Lists the functions longer than a limit (80 lines by default) in core/, ui/ and app/.

The code's own layout is what is read: a function's body opens with "{" alone at the start of
a line and closes with "}" alone at the start of a line (a class's closes with "};"). Tests are
left out. Exit status 1 when any function is over the limit, so a check can fail on it.

    python3 tests/tools/long_functions.py [--limit N] [--all]
"""
import argparse
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FOLDERS = ("core", "ui", "app")


def functions(path):
    """(first line, name, lines) of each function body in `path`."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        if lines[i] == "{":
            # The signature starts at the nearest line above that is not indented (its
            # continuation and a constructor's initializer list are).
            j = i - 1
            while j > 0 and lines[j][:1].isspace() and i - j < 20:
                j -= 1
            signature = " ".join(line.strip() for line in lines[j:i])
            j -= 1
            end = i + 1
            while end < len(lines) and lines[end] not in ("}", "};"):
                end += 1
            if end < len(lines) and lines[end] == "}":
                m = re.search(r"([A-Za-z_][\w:~<>]*(?:operator\S*)?)\s*\(", signature)
                yield j + 2, (m.group(1) if m else signature.strip()[:60]), end - i + 1
            i = end
        i += 1


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--limit", type=int, default=80)
    parser.add_argument("--all", action="store_true", help="every function, longest first")
    args = parser.parse_args()
    found = []
    for folder in FOLDERS:
        for path in sorted((ROOT / folder).rglob("*.cpp")):
            for line, name, length in functions(path):
                if args.all or length > args.limit:
                    found.append((length, f"{path.relative_to(ROOT)}:{line}", name))
    for length, where, name in sorted(found, reverse=True):
        print(f"{length:5d}  {where}  {name}")
    over = [f for f in found if f[0] > args.limit]
    print(f"{len(over)} function(s) over {args.limit} lines outside tests", file=sys.stderr)
    return 1 if over else 0


if __name__ == "__main__":
    sys.exit(main())
