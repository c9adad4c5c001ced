#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Round trip of hostile text through `csw export voc`, read back by Python's csv module:
an independent RFC 4180 reader must see the same cells csw was given (formula cells with the
apostrophe that neutralises them, nothing else changed).

Usage: voc_csv_roundtrip.py PATH/TO/csw"""
import csv
import io
import json
import os
import subprocess
import sys
import tempfile

CSW = sys.argv[1]
ENV = dict(os.environ, CSW_TODAY="2026-11-23", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
ENV.pop("CSW_BOOK", None)

HOSTILE = [
    'He said "no", twice',
    "commas, everywhere, ,",
    "line one\r\nline two\nline three\rend",
    "tab\tinside",
    "=cmd|' /C calc'!A0",
    "@SUM(A1:A9)",
    "+81 3 1234 5678",
    "-2% of ARR",
    "請求書のPDF出力が欲しい（至急）",
    "emoji 😀🎉 and 髙橋 and ～①",
    '""',
    "trailing quote\"",
]
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def csw(book, *args):
    done = subprocess.run([CSW, "--book", book, *args], env=ENV, capture_output=True)
    if done.returncode != 0:
        sys.exit(f"csw {' '.join(args)} failed: {done.stderr.decode()}")
    return done.stdout.decode()


def shown(value):
    return "'" + value if value.startswith(FORMULA) else value


def main():
    with tempfile.TemporaryDirectory() as tmp:
        book = os.path.join(tmp, "book.sqlite")
        csw(book, "init")
        names = ['Acme, "West" Ltd', "=BAD()", "株式会社さくら物流"]
        for name in names:
            csw(book, "account", "add", "--name", name, "--arr", "1000")
        ids = {}
        for text in HOSTILE:
            ids[csw(book, "voc", "add", "1,2,3", "--kind", "bug", "--text", text,
                    "--tag", "x,y").strip()] = text
        out = os.path.join(tmp, "voc.csv")
        csw(book, "export", "voc", "--output", out, "--bom", "--sort", "id")
        with open(out, "rb") as f:
            raw = f.read()
        assert raw.startswith(b"\xef\xbb\xbf"), "no BOM"
        rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert len(rows) == len(HOSTILE), f"{len(rows)} rows for {len(HOSTILE)} entries"
        failures = []
        for row in rows:
            want = shown(ids[row["id"]])
            if row["text"] != want:
                failures.append(f"entry {row['id']}: {row['text']!r} != {want!r}")
            # The accounts cell is one text starting with "Acme": nothing to neutralise.
            if row["accounts"] != "; ".join(names):
                failures.append(f"entry {row['id']} accounts: {row['accounts']!r}")
            if row["tags"] != "x;y" or row["account_count"] != "3" or row["arr"] != "3000":
                failures.append(f"entry {row['id']}: {row!r}")
        # JSON from `voc list` carries the same text, unneutralised.
        listed = json.loads(csw(book, "voc", "list", "--format", "json", "--sort", "id"))
        for entry in listed:
            if entry["text"] != ids[str(entry["id"])]:
                failures.append(f"json {entry['id']}: {entry['text']!r}")
        if failures:
            sys.exit("\n".join(failures))
        print(f"{len(rows)} hostile entries read back by Python's csv module")


main()
