#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Two programs, one book: csworkbench windows hold the book open (one on the Portfolio, one on
My Day, so their worker connections are open too) while several csw processes write to it at
once. Every write either succeeds or fails with a clear "busy" message; what succeeded is all
there; the windows keep their locks and the WAL all along; the book passes its checks.

Usage: two_process_test.py CSW CSWORKBENCH"""
import os
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time

CSW, GUI = sys.argv[1], sys.argv[2]


def holds_lock(pid, inode):
    """True when /proc/locks shows a lock held (not waited for) by pid on the file inode."""
    with open("/proc/locks") as f:
        for line in f:
            fields = line.split()
            if len(fields) >= 6 and fields[1] != "->" and fields[4] == str(pid) \
                    and fields[5].split(":")[-1] == str(inode):
                return True
    return False


def main():
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, CSW_TODAY="2026-11-23", LANG="C.UTF-8", LC_ALL="C.UTF-8",
                   LANGUAGE="en", QT_QPA_PLATFORM="offscreen", XDG_CONFIG_HOME=tmp,
                   XDG_DATA_HOME=tmp, CSW_BUSY_TIMEOUT_MS="5000")
        env.pop("CSW_BOOK", None)
        book = os.path.join(tmp, "book.sqlite")
        subprocess.run([CSW, "--book", book, "demo", "--accounts", "300"], env=env, check=True,
                       capture_output=True)
        windows = [subprocess.Popen([GUI, "--view", view, book], env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.PIPE) for view in ("4", "1")]
        time.sleep(3)
        inode = os.stat(book).st_ino
        results = []   # (worker, i, returncode, stderr)
        lock = threading.Lock()

        def writer(worker):
            for i in range(40):
                name = f"W{worker}-{i}"
                args = [CSW, "--book", book, "account", "add", "--name", name, "--arr", "1000"]
                if i % 5 == 4:
                    args = [CSW, "--book", book, "voc", "add", "1", "--kind", "bug", "--text", name]
                done = subprocess.run(args, env=env, capture_output=True, text=True)
                with lock:
                    results.append((worker, name, done.returncode, done.stderr))

        def reader():
            for _ in range(30):
                done = subprocess.run([CSW, "--book", book, "account", "list", "--format", "csv"],
                                      env=env, capture_output=True, text=True)
                with lock:
                    results.append(("reader", "list", done.returncode, done.stderr))

        threads = [threading.Thread(target=writer, args=(w,)) for w in range(3)]
        threads.append(threading.Thread(target=reader))
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        if not os.path.exists(book + "-wal"):
            sys.exit("the WAL of the book open in the windows was deleted")
        for w in windows:
            if not holds_lock(w.pid, inode):
                sys.exit(f"window {w.pid} lost its lock on the book (/proc/locks)")
        for w in windows:
            if w.poll() is not None:
                sys.exit(f"a csworkbench window died: {w.stderr.read().decode()}")
            w.terminate()
            w.wait()

        failed = [r for r in results if r[2] != 0]
        unclear = [r for r in failed if "busy" not in r[3]]
        if unclear:
            sys.exit(f"writes failed without saying the book was busy: {unclear[:3]}")
        done = {r[1] for r in results if r[2] == 0 and r[0] != "reader"}
        with sqlite3.connect(book) as db:
            names = {r[0] for r in db.execute("SELECT name FROM account")}
            texts = {r[0] for r in db.execute("SELECT text FROM voc")}
            ok = db.execute("PRAGMA integrity_check").fetchone()[0]
        if ok != "ok":
            sys.exit(f"integrity_check: {ok}")
        lost = [n for n in done if n not in names and n not in texts]
        if lost:
            sys.exit(f"writes reported done but missing: {lost[:5]}")
        check = subprocess.run([CSW, "--book", book, "check"], env=env, capture_output=True, text=True)
        if check.returncode != 0:
            sys.exit(f"csw check: {check.stdout}{check.stderr}")
        print(f"{len(results)} concurrent commands with 2 windows open: "
              f"{len(results) - len(failed)} done, {len(failed)} busy (said so); book checks out")


main()
