#!/usr/bin/env python3
"""Synthesise a history of run folders from one real run, to time `mmapbench site` at scale.

usage: synthesize_history.py REAL_RUN_DIR OUT_DIR [RUNS=100] [COPIES=6] [FORKS=3]

Each synthetic run holds COPIES copies of every benchmark of the real run (the copies differ in the
`corpus` parameter: don-quixote, english-4KiB, ...), each with the first FORKS forks of its raw data,
so a real quick run (32 benchmarks, 5 forks) becomes a standard-sized one (192 benchmarks, 3 forks).
Every fork's values are scaled by a slow drift over the runs and 2% lognormal noise (seeded); run 40
makes every mappedSegment benchmark 30% slower until run 45. Runs 1-60 claim one CPU, 61-100 another,
so the site draws two environments. Nothing here is a measurement: it is load for the site builder.
"""
import copy
import json
import math
import os
import random
import sys

CORPORA = ["don-quixote", "english-4KiB", "english-1MiB", "english-64MiB", "english-256MiB", "pride-and-prejudice",
           "moby-dick", "war-and-peace"]


def main():
    real, out = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 100
    copies = int(sys.argv[4]) if len(sys.argv) > 4 else 6
    forks = int(sys.argv[5]) if len(sys.argv) > 5 else 3
    with open(os.path.join(real, "jmh.json")) as f:
        benchmarks = json.load(f)
    with open(os.path.join(real, "environment.json")) as f:
        environment = json.load(f)
    rnd = random.Random(42)
    for i in range(runs):
        drift = 1 + 0.002 * i
        result = []
        for c in range(copies):
            for b in benchmarks:
                b = copy.deepcopy(b)
                b["params"]["corpus"] = CORPORA[c % len(CORPORA)]
                b["forks"] = forks
                slow = 1.3 if 40 <= i < 45 and b["params"].get("strategy") == "mappedSegment" else 1.0
                metrics = [b["primaryMetric"]] + list(b.get("secondaryMetrics", {}).values())
                factors = [drift * slow * math.exp(rnd.gauss(0, 0.02)) for _ in range(forks)]
                for m in metrics:
                    raw = m.get("rawData")
                    if raw:
                        m["rawData"] = [[v * factors[k] for v in raw[k % len(raw)]] for k in range(forks)]
                result.append(b)
        env = dict(environment)
        env["run.id"] = "synthetic-%03d" % (i + 1)
        env["time.start"] = "2026-%02d-%02dT00:00:00Z" % (1 + i // 28, 1 + i % 28)
        env["git.commit"] = "%040x" % rnd.getrandbits(160)
        env["profile"] = "standard"
        if i >= 60:
            env["cpu.model"] = env.get("cpu.model", "") + " (second machine)"
        d = os.path.join(out, env["run.id"])
        os.makedirs(d)
        with open(os.path.join(d, "jmh.json"), "w") as f:
            json.dump(result, f)
        with open(os.path.join(d, "environment.json"), "w") as f:
            json.dump(env, f, indent=1)


if __name__ == "__main__":
    main()
