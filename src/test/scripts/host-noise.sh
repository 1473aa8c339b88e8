#!/usr/bin/env bash
# Is a spread between forks in mmapbench, or in the machine? Three measurements, none of which can
# see a difference between forks that mmapbench makes (docs/measurements/2026-12-02-host-noise.md):
#
#   1. per-CPU: a fixed Python loop pinned to each CPU in turn (ROUNDS times): a CPU the guest leaves
#      idle that still runs the loop slower is slowed from outside the guest;
#   2. one JVM: HostNoise.java times Files.readAllBytes of don-quixote in SEGMENTS consecutive
#      1.2 s segments of one process: no fork, no page-cache fill, no JMH in between;
#   3. forks: mmapbench jmh, ReadBenchmark.fair readAllBytes warm, FORKS forks of the quick profile's
#      iterations, with the OS counters and gc profilers: per fork, the median us/op beside the read
#      calls, page faults, voluntary context switches and collections per operation.
#
# Run from the project folder on an otherwise idle machine after 'mvn package -DskipTests'.
# Environment: JAVA (a JDK >= 25 java launcher), ROUNDS (default 20), SEGMENTS (default 24),
# FORKS (default 12), CORPUS (the don-quixote file). Needs python3 and a built target/mmapbench.jar.
set -euo pipefail

cd "$(dirname "$0")/../../.."
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
ROUNDS=${ROUNDS:-20}
SEGMENTS=${SEGMENTS:-24}
FORKS=${FORKS:-12}
CORPUS=${CORPUS:-$(find datasets ../shared/datasets -name 'don-quixote-996.txt' -type f 2>/dev/null | head -1)}
[ -n "$CORPUS" ] || { echo "host-noise.sh: don-quixote not found; run 'mmapbench datasets --prepare quick' or set CORPUS" >&2; exit 3; }
[ -f target/mmapbench.jar ] || { echo "host-noise.sh: target/mmapbench.jar missing; run 'mvn package -DskipTests'" >&2; exit 3; }
HEAP="-Xms1g -Xmx1g -XX:+AlwaysPreTouch -XX:+UseTransparentHugePages"
OUT=$(mktemp -d)
trap 'rm -rf "$OUT"' EXIT

echo "== $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg); steal ticks so far: $(awk '/^cpu /{print $9}' /proc/stat)"
echo "1. per-CPU loop (ms; $ROUNDS rounds, each CPU in turn)"
python3 - "$ROUNDS" <<'PY'
import os, sys, time
cpus = sorted(os.sched_getaffinity(0))
times = {c: [] for c in cpus}
def loop():
    x = 0
    for i in range(300000):
        x += i * i
    return x
for _ in range(int(sys.argv[1])):
    for c in cpus:
        os.sched_setaffinity(0, {c})
        loop()
        t = time.perf_counter(); loop(); times[c].append((time.perf_counter() - t) * 1e3)
for c in cpus:
    v = times[c]
    print(f"   cpu{c}: " + " ".join(f"{x:.1f}" for x in v) + f"   slowest/fastest {max(v) / min(v):.2f}")
PY

echo "2. one JVM, $SEGMENTS consecutive segments of 1.2 s (us per readAllBytes + checksum)"
"$JAVA" $HEAP src/test/scripts/HostNoise.java "$CORPUS" "$SEGMENTS" 1200 > "$OUT/segments.txt"
echo "   $(head -n -1 "$OUT/segments.txt" | awk '{printf "%.0f ", $1}')"
echo "   $(tail -1 "$OUT/segments.txt")"

echo "3. $FORKS forks of ReadBenchmark.fair readAllBytes warm don-quixote (quick iterations)"
"$JAVA" --enable-native-access=ALL-UNNAMED -jar target/mmapbench.jar jmh 'ReadBenchmark.fair' \
    -p strategy=readAllBytes -p corpus=don-quixote -p cache=warm -f "$FORKS" -wi 2 -i 6 -w 150ms -r 150ms \
    -jvmArgs "--enable-native-access=ALL-UNNAMED $HEAP" \
    -prof org.mmapbench.bench.OsCountersProfiler -prof gc -rf json -rff "$OUT/forks.json" > "$OUT/forks.log" 2>&1 \
    || { tail -20 "$OUT/forks.log" >&2; exit 1; }
python3 - "$OUT/forks.json" <<'PY'
import json, statistics, sys
b = json.load(open(sys.argv[1]))[0]
raw, sec = b["primaryMetric"]["rawData"], b["secondaryMetrics"]
def med(key, fork):
    return statistics.median(sec[key]["rawData"][fork]) if key in sec else float("nan")
meds = [statistics.median(f) for f in raw]
print("   fork  median us/op  read calls/op  minor faults/op  vol. ctx switches/op  collections/iteration")
for i, m in enumerate(meds):
    print(f"   {i + 1:4d}  {m:12.0f}  {med('os.syscr', i):13.2f}  {med('os.faults.minor', i):15.2f}"
          f"  {med('os.ctxsw.voluntary', i):20.3f}  {med('gc.count', i):21.1f}")
print(f"   slowest/fastest fork median {max(meds) / min(meds):.3f}")
PY
echo "== $(date -u +%H:%M:%S) load $(cut -d' ' -f1-3 /proc/loadavg); steal ticks: $(awk '/^cpu /{print $9}' /proc/stat)"
