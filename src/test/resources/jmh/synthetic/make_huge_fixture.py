#!/usr/bin/env python3
"""Writes ../huge-run/jmh.json: a synthetic huge-profile run for the time-series tests (TimeSeriesTest, GoldenCsvTest).

Two cold-start benchmarks on english-4GiB, 2 forks x 4 iterations, whose numbers are chosen so the
expected values are easy to check by hand: 4294967296 bytes in 4294967.296 us is 1000 MB/s. And one
warm benchmark that must not appear in the series."""
import json
import os

GIB4 = 4294967296


def metric(unit, forks):
    flat = [v for f in forks for v in f]
    mean = sum(flat) / len(flat)
    return {"score": mean, "scoreError": 0.0, "scoreConfidence": [mean, mean],
            "scorePercentiles": {"0.0": min(flat), "50.0": sorted(flat)[len(flat) // 2], "100.0": max(flat)},
            "scoreUnit": unit, "rawData": forks}


def bench(name, params, mbps, faults, reads):
    us = [[GIB4 / mb for mb in f] for f in mbps]  # bytes / (MB/s * 1e6) seconds = bytes / MB/s microseconds
    return {"jmhVersion": "1.37", "benchmark": "org.mmapbench.bench." + name, "mode": "avgt", "threads": 1, "forks": len(us),
            "jvm": "/opt/jdk/bin/java", "jvmArgs": ["-Xms512m", "-Xmx512m"], "jdkVersion": "25.0.1", "vmName": "OpenJDK 64-Bit Server VM",
            "vmVersion": "25.0.1+8", "warmupIterations": 0, "warmupTime": "1 s", "warmupBatchSize": 1,
            "measurementIterations": len(us[0]), "measurementTime": "1 s", "measurementBatchSize": 1, "params": params,
            "primaryMetric": metric("us/op", us),
            "secondaryMetrics": {"os.faults.major": metric("#/op", faults), "os.read_bytes": metric("B/op", reads)}}


# Throughput in MB/s per fork and iteration (converted to us/op above).
out = [
    bench("ReadBenchmark.fair", {"corpus": "english-4GiB", "strategy": "mappedSegment", "cache": "cold-start"},
          [[1000, 500, 400, 250], [800, 500, 500, 200]],
          [[20000, 30000, 31000, 32000], [21000, 30500, 30000, 33000]],
          [[GIB4, GIB4, GIB4, GIB4], [GIB4, GIB4, GIB4, GIB4]]),
    bench("ReadBenchmark.windowed", {"corpus": "english-4GiB", "strategy": "pread", "cache": "cold-start"},
          [[1000, 900, 1000, 950], [1000, 1000, 900, 1100]],
          [[0, 0, 0, 0], [0, 0, 0, 0]],
          [[GIB4, GIB4, GIB4, GIB4], [GIB4, GIB4, GIB4, GIB4]]),
    bench("ReadBenchmark.fair", {"corpus": "english-4GiB", "strategy": "mappedSegment", "cache": "warm"},
          [[5000, 5000, 5000, 5000]], [[0, 0, 0, 0]], [[0, 0, 0, 0]]),
]
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "huge-run", "jmh.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
