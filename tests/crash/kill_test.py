#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Crash safety: start long writes through csw (a stream of edits, demo generation, a large
import) and kill them with SIGKILL at random moments, many times over. After every kill the
book must pass `csw check` and SQLite's integrity_check, and every write that csw reported as
done must still be there; a killed demo or import leaves all of its rows or none.

With CSWORKBENCH given, a window (offscreen, on the Portfolio so its worker connection is open)
holds the edited book open the whole time, as a user's would.

Usage: kill_test.py CSW [ROUNDS [CSWORKBENCH]]"""
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time

CSW = sys.argv[1]
ROUNDS = int(sys.argv[2]) if len(sys.argv) > 2 else 30
GUI = sys.argv[3] if len(sys.argv) > 3 else None
ENV = dict(os.environ, CSW_TODAY="2026-11-23", LANG="C.UTF-8", LC_ALL="C.UTF-8", LANGUAGE="en")
ENV.pop("CSW_BOOK", None)
rng = random.Random(int(os.environ.get("CSW_KILL_SEED", "7")))


def csw(book, *args, check=True):
    done = subprocess.run([CSW, "--book", book, *args], env=ENV, capture_output=True, text=True)
    if check and done.returncode != 0:
        sys.exit(f"csw {' '.join(args)} failed: {done.stderr}")
    return done


def killed(book, *args, within):
    """Runs csw and kills it with SIGKILL after a random time; returns (finished, stdout)."""
    proc = subprocess.Popen([CSW, "--book", book, *args], env=ENV, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    time.sleep(rng.uniform(0, within))
    if proc.poll() is None:
        proc.send_signal(signal.SIGKILL)
    out, _ = proc.communicate()
    return proc.returncode == 0, out


def healthy(book, what):
    done = csw(book, "check", check=False)
    if done.returncode != 0:
        sys.exit(f"after killing {what}: csw check failed: {done.stdout}{done.stderr}")
    with sqlite3.connect(book) as db:
        result = db.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            sys.exit(f"after killing {what}: integrity_check says {result}")


def count(book, sql):
    with sqlite3.connect(book) as db:
        return db.execute(sql).fetchone()[0]


def main():
    with tempfile.TemporaryDirectory() as tmp:
        stats = {"edits killed": 0, "edits done": 0, "demos killed": 0, "imports killed": 0,
                 "killed before commit": 0}
        book = os.path.join(tmp, "edits.sqlite")
        csw(book, "init")
        window = None
        if GUI:
            window = subprocess.Popen([GUI, "--view", "4", book], stdout=subprocess.DEVNULL,
                                      stderr=subprocess.DEVNULL,
                                      env=dict(ENV, QT_QPA_PLATFORM="offscreen",
                                               XDG_CONFIG_HOME=tmp, XDG_DATA_HOME=tmp))
            time.sleep(2)
        reported = []   # names csw said it added
        # A file for the import rounds.
        rows = ["name,external_id,csm,arr,start"]
        rows += [f"Import {i},IMP-{i},佐藤,{1000 + i},2026-01-01" for i in range(20000)]
        csv = os.path.join(tmp, "accounts.csv")
        with open(csv, "w", encoding="utf-8") as f:
            f.write("\n".join(rows) + "\n")

        for round_ in range(ROUNDS):
            kind = round_ % 3
            if kind == 0:
                # A burst of edits, the last one killed somewhere in its life.
                for i in range(5):
                    name = f"Edit {round_}-{i}"
                    if i < 4:
                        csw(book, "account", "add", "--name", name, "--arr", "1000")
                        reported.append(name)
                        stats["edits done"] += 1
                        continue
                    ok, out = killed(book, "account", "add", "--name", name, "--arr", "1000",
                                     within=0.05)
                    if ok and out.strip():
                        reported.append(name)
                    stats["edits killed"] += 1
                healthy(book, "an edit")
                with sqlite3.connect(book) as db:
                    names = {r[0] for r in db.execute("SELECT name FROM account")}
                missing = [n for n in reported if n not in names]
                if missing:
                    sys.exit(f"reported writes lost: {missing[:5]}")
                if window and not os.path.exists(book + "-wal"):
                    sys.exit("the WAL of the book open in the window was deleted")
            elif kind == 1:
                demo = os.path.join(tmp, f"demo-{round_}.sqlite")
                csw(demo, "init")
                ok, _ = killed(demo, "demo", "--accounts", "3000", within=1.5)
                healthy(demo, "a demo")
                accounts = count(demo, "SELECT count(*) FROM account")
                if accounts not in (0, 3000):
                    sys.exit(f"a killed demo left {accounts} accounts (all or none)")
                stats["killed before commit"] += accounts == 0
                stats["demos killed"] += 1
            else:
                target = os.path.join(tmp, f"import-{round_}.sqlite")
                csw(target, "init")
                csw(target, "account", "add", "--name", "Before")
                ok, _ = killed(target, "import", "accounts", csv, within=1.0)
                healthy(target, "an import")
                accounts = count(target, "SELECT count(*) FROM account")
                if accounts not in (1, 20001):
                    sys.exit(f"a killed import left {accounts} accounts (all or none)")
                stats["killed before commit"] += accounts == 1
                if count(target, "SELECT count(*) FROM sqlite_schema WHERE type = 'index'") < 20:
                    sys.exit("a killed import left the book without its indexes")
                stats["imports killed"] += 1
        if window:
            if window.poll() is not None:
                sys.exit("the window died")
            window.terminate()
            window.wait()
            healthy(book, "the window closing")
            with sqlite3.connect(book) as db:
                names = {r[0] for r in db.execute("SELECT name FROM account")}
            if [n for n in reported if n not in names]:
                sys.exit("reported writes lost once the window closed")
        print(f"{ROUNDS} rounds" + (" beside a window" if window else "") + ": " + ", ".join(f"{v} {k}" for k, v in stats.items())
              + f"; {len(reported)} reported writes all present; every book passed the checks")


main()
