"""The ten functions of the classic Python mmap article, timed on one file.

The article is Real Python's "Python mmap: Improved File I/O With Memory Mapping". It compares
regular file I/O with mmap for five jobs on Don Quixote: read the whole file, find the first
" the ", count five-letter words with a regular expression, seek to byte 10000 then find " the ",
and replace every " the " with " eht ". Each job has a regular and an mmap function; they are
written here as the article writes them, with one change: where the article prints a result,
these functions return it, so that the answer can be checked and the terminal is not timed.

Timing follows the article's timeit.repeat(number=1): one call per timing, garbage collection
off during the call. Every function runs once unmeasured (the page cache and Python's own caches
warm up), then REPETITIONS measured times; the functions take turns round by round, so a change
in machine load hits all of them alike. Replace works on a fresh copy of the file each time
(copied and fsynced outside the timing, beside the temporary file the regular version writes).

Usage: python3 mmap_article.py --file FILE --scratch DIR [--repetitions N]
Prints one JSON object on stdout (see mmapbench's docs/cli.md, "python"); nothing else. A function
that fails on its first call (e.g. UnicodeDecodeError on a file that is not UTF-8) is reported with
its error instead of timings.
"""

import argparse
import gc
import hashlib
import json
import mmap
import os
import platform
import re
import shutil
import statistics
import sys
import time

SEEK_OFFSET = 10000


# --- The article's functions (print replaced by return) -------------------------------------

def regular_io(filename):
    with open(filename, mode="r", encoding="utf8") as file_obj:
        text = file_obj.read()
        return len(text)


def mmap_io(filename):
    with open(filename, mode="r", encoding="utf8") as file_obj:
        with mmap.mmap(file_obj.fileno(), length=0, access=mmap.ACCESS_READ) as mmap_obj:
            text = mmap_obj.read()
            return len(text)


def regular_io_find(filename):
    with open(filename, mode="r", encoding="utf-8") as file_obj:
        text = file_obj.read()
        return text.find(" the ")


def mmap_io_find(filename):
    with open(filename, mode="r", encoding="utf-8") as file_obj:
        with mmap.mmap(file_obj.fileno(), length=0, access=mmap.ACCESS_READ) as mmap_obj:
            return mmap_obj.find(b" the ")


def regular_io_re(filename):
    five_letter_word = re.compile(r"\b[a-zA-Z]{5}\b")
    with open(filename, mode="r", encoding="utf-8") as file_obj:
        text = file_obj.read()
        return len(five_letter_word.findall(text))


def mmap_io_re(filename):
    five_letter_word = re.compile(rb"\b[a-zA-Z]{5}\b")
    with open(filename, mode="r", encoding="utf-8") as file_obj:
        with mmap.mmap(file_obj.fileno(), length=0, access=mmap.ACCESS_READ) as mmap_obj:
            return len(five_letter_word.findall(mmap_obj))


def regular_io_seek(filename):
    with open(filename, mode="r", encoding="utf-8") as file_obj:
        file_obj.seek(SEEK_OFFSET)
        text = file_obj.read()
        return text.find(" the ")


def mmap_io_seek(filename):
    with open(filename, mode="r", encoding="utf-8") as file_obj:
        with mmap.mmap(file_obj.fileno(), length=0, access=mmap.ACCESS_READ) as mmap_obj:
            mmap_obj.seek(SEEK_OFFSET)
            return mmap_obj.find(b" the ")


def regular_io_find_and_replace(filename, tmp_name):
    with open(filename, "r", encoding="utf-8") as orig_file_obj:
        with open(tmp_name, "w", encoding="utf-8") as new_file_obj:
            orig_text = orig_file_obj.read()
            new_text = orig_text.replace(" the ", " eht ")
            new_file_obj.write(new_text)
    shutil.copyfile(tmp_name, filename)
    return len(new_text)


def mmap_io_find_and_replace(filename, tmp_name):
    del tmp_name  # the mmap version writes no temporary file
    with open(filename, mode="r+", encoding="utf-8") as file_obj:
        with mmap.mmap(file_obj.fileno(), length=0, access=mmap.ACCESS_WRITE) as mmap_obj:
            orig_text = mmap_obj.read()
            new_text = orig_text.replace(b" the ", b" eht ")
            mmap_obj[:] = new_text
            return len(new_text)


# --- The harness ---------------------------------------------------------------------------

# (function, comparison, side), in the article's order.
FUNCTIONS = [
    (regular_io, "read", "regular"),
    (mmap_io, "read", "mmap"),
    (regular_io_find, "find", "regular"),
    (mmap_io_find, "find", "mmap"),
    (regular_io_re, "regex", "regular"),
    (mmap_io_re, "regex", "mmap"),
    (regular_io_seek, "seek-find", "regular"),
    (mmap_io_seek, "seek-find", "mmap"),
    (regular_io_find_and_replace, "find-and-replace", "regular"),
    (mmap_io_find_and_replace, "find-and-replace", "mmap"),
]


def fresh_copy(source, target):
    """Copies source to target and makes the copy durable, so no write-back is pending when timed."""
    shutil.copyfile(source, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def sha256(path):
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def timed_call(fn, args):
    """One call, timed like timeit: garbage collection off during the call."""
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        start = time.perf_counter_ns()
        answer = fn(*args)
        elapsed = time.perf_counter_ns() - start
    finally:
        if gc_was_enabled:
            gc.enable()
    return elapsed, answer


def measure(filename, scratch, repetitions):
    work = os.path.join(scratch, "replace-input.txt")
    tmp_name = os.path.join(scratch, "tmp.txt")
    samples = {fn.__name__: [] for fn, _, _ in FUNCTIONS}
    answers = {}
    hashes = {}
    errors = {}
    for round_no in range(repetitions + 1):
        for fn, comparison, _ in FUNCTIONS:
            name = fn.__name__
            if name in errors:
                continue
            try:
                if comparison == "find-and-replace":
                    fresh_copy(filename, work)
                    elapsed, answer = timed_call(fn, (work, tmp_name))
                    digest = sha256(work)
                else:
                    elapsed, answer = timed_call(fn, (filename,))
                    digest = None
            except (UnicodeDecodeError, ValueError, OSError) as e:
                if round_no > 0:
                    raise
                # e.g. a file that is not UTF-8: the article's code fails the same way.
                errors[name] = f"{type(e).__name__}: {e}"
                continue
            if name in answers and (answers[name] != answer or hashes[name] != digest):
                raise RuntimeError(f"{name} gave {answer} (sha256 {digest}) after {answers[name]} ({hashes[name]})")
            answers[name] = answer
            hashes[name] = digest
            if round_no > 0:
                samples[name].append(elapsed)
    results = []
    for fn, comparison, side in FUNCTIONS:
        name = fn.__name__
        if name in errors:
            results.append({"name": name, "comparison": comparison, "side": side, "error": errors[name]})
            continue
        s = samples[name]
        entry = {
            "name": name,
            "comparison": comparison,
            "side": side,
            "median_ns": int(statistics.median(s)),
            "min_ns": min(s),
            "max_ns": max(s),
            "repetitions": len(s),
            "samples_ns": s,
            "answer": answers[name],
        }
        if hashes[name] is not None:
            entry["sha256_after"] = hashes[name]
        results.append(entry)
    return results


def main(argv):
    parser = argparse.ArgumentParser(description="Time the Python mmap article's ten functions on one file.")
    parser.add_argument("--file", required=True, help="the text to read (the article used Don Quixote)")
    parser.add_argument("--scratch", required=True, help="an empty folder for replace's copies")
    parser.add_argument("--repetitions", type=int, default=11, help="measured calls per function, at least 7 (default 11)")
    args = parser.parse_args(argv)
    if args.repetitions < 7:
        parser.error("--repetitions must be at least 7")
    if not os.path.isfile(args.file):
        parser.error(f"--file {args.file}: no such file")
    if not os.path.isdir(args.scratch):
        parser.error(f"--scratch {args.scratch}: no such folder")
    functions = measure(args.file, args.scratch, args.repetitions)
    out = {
        "python": {
            "version": platform.python_version(),
            "implementation": platform.python_implementation(),
            "executable": sys.executable,
        },
        "file": os.path.abspath(args.file),
        "file_bytes": os.path.getsize(args.file),
        "repetitions": args.repetitions,
        "discarded": 1,
        "timer": "time.perf_counter_ns, one call per timing, gc disabled during the call",
        "functions": functions,
    }
    json.dump(out, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
