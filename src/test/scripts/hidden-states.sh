#!/usr/bin/env bash
# The quiet-machine experiments of issue 10 ("two hidden states"), exactly as
# docs/measurements/hidden-states.md describes them. Run from the project folder on an idle machine:
#
#   src/test/scripts/hidden-states.sh fill-effect   # 2 quick runs: corpus filled through a mapping, then with cat; gate
#   src/test/scripts/hidden-states.sh aa            # 5 quick runs, fills alternating; runs 2-5 gated against run 1
#   src/test/scripts/hidden-states.sh steady        # readAllBytes forks of the aa runs: unsteady forks, slowest/fastest
#   src/test/scripts/hidden-states.sh all           # the three above, in that order (about 7 quick runs)
#
# Environment: PREFIX (run-id prefix, default hs-<UTC date>), JAVA (a JDK >= 25 java launcher), CORPUS (the
# don-quixote file; found under datasets/ or ../shared/datasets/ otherwise). Writes results/<PREFIX>-*/,
# reports/<PREFIX>-*/ and a log per run in results/<PREFIX>-logs/. Needs python3.
set -euo pipefail

cd "$(dirname "$0")/../../.."
PREFIX=${PREFIX:-hs-$(date -u +%Y%m%dT%H%M)}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
LOGS=results/$PREFIX-logs

corpus() {
    if [ -n "${CORPUS:-}" ]; then echo "$CORPUS"; return; fi
    local f
    f=$(find datasets ../shared/datasets -name 'don-quixote-996.txt' -type f 2>/dev/null | head -1)
    [ -n "$f" ] || { echo "hidden-states.sh: don-quixote not found; run 'mmapbench datasets --prepare quick' or set CORPUS" >&2; exit 3; }
    echo "$f"
}

# fill mapped|cat: drop the corpus's cached pages, then fill them one way; print FileHugePages after.
fill() {
    local how=$1 file
    file=$(corpus)
    python3 - "$file" "$how" <<'EOF'
import mmap, os, re, subprocess, sys
path, how = sys.argv[1], sys.argv[2]
fd = os.open(path, os.O_RDONLY)
os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
if how == "cat":
    subprocess.run(["cat", path], stdout=subprocess.DEVNULL, check=True)
elif how == "mapped":
    size = os.fstat(fd).st_size
    with mmap.mmap(fd, size, prot=mmap.PROT_READ) as m:
        s = 0
        for off in range(0, size, mmap.PAGESIZE):
            s += m[off]
else:
    sys.exit("fill: mapped or cat, not " + how)
os.close(fd)
meminfo = open("/proc/meminfo").read()
huge = re.search(r"FileHugePages:\s*(\d+) kB", meminfo).group(1)
print(f"filled {path} by {how}; FileHugePages {huge} kB")
EOF
}

build() {
    if [ ! -f target/mmapbench.jar ] || [ -n "$(find src/main pom.xml -newer target/mmapbench.jar -print -quit)" ]; then
        mvn -B -ntp -q package -DskipTests
    fi
}

# run ID [BASELINE]: one quick run with report (and gate); prints and returns the exit code.
run() {
    local id=$1 baseline=${2:-} code=0
    mkdir -p "$LOGS"
    echo "== $(date -u +%H:%M:%S) run $id $( [ -n "$baseline" ] && echo "gated against $baseline") | load: $(cut -d' ' -f1-3 /proc/loadavg)"
    "$JAVA" --enable-native-access=ALL-UNNAMED -jar target/mmapbench.jar run --profile quick --run-id "$id" --report \
        ${baseline:+--baseline results/$baseline} > "$LOGS/$id.log" 2>&1 || code=$?
    grep -E "^mmapbench run: [0-9]+ benchmarks in|fork overhead" "$LOGS/$id.log" | tail -1 || true
    echo "   exit code $code"
    return 0
}

# verdicts ID: primary-row verdicts of the gate of run ID, warm cells only (every quick cell is warm).
verdicts() {
    python3 - "reports/$1/gate.csv" <<'EOF'
import csv, collections, sys
rows = [r for r in csv.DictReader(open(sys.argv[1])) if r["metric"] in ("primary", "speedup")]
count = collections.Counter(r["verdict"] for r in rows)
print("   gate rows:", dict(count))
for r in rows:
    if r["verdict"] not in ("unchanged", "new", "missing"):
        print("   ", r["verdict"], r["name"], r["metric"], "ratio", r["ratio"], "p(Holm)", r["p_holm"])
EOF
}

fill_effect() {
    fill mapped
    run "$PREFIX-mapped"
    fill cat
    run "$PREFIX-cat" "$PREFIX-mapped"
    verdicts "$PREFIX-cat"
}

aa() {
    local i how
    for i in 1 2 3 4 5; do
        how=$([ $((i % 2)) -eq 1 ] && echo mapped || echo cat)
        fill "$how"
        if [ "$i" -eq 1 ]; then run "$PREFIX-aa-1"; else run "$PREFIX-aa-$i" "$PREFIX-aa-1"; verdicts "$PREFIX-aa-$i"; fi
    done
}

steady() {
    python3 - "$PREFIX" <<'EOF'
import csv, json, statistics, sys
prefix = sys.argv[1]
medians, unsteady = [], 0
for i in range(1, 6):
    run = f"{prefix}-aa-{i}"
    for b in json.load(open(f"results/{run}/jmh.json")):
        if b["params"].get("strategy") == "readAllBytes" and b["benchmark"].startswith("org.mmapbench.bench.ReadBenchmark."):
            for fork in b["primaryMetric"]["rawData"]:
                medians.append((statistics.median(fork), run, b["benchmark"].rsplit(".", 1)[1]))
    for r in csv.DictReader(open(f"reports/{run}/results.csv")):
        if r["metric"] == "primary" and r["strategy"] == "readAllBytes" and r["workload"] == "read":
            unsteady += int(r["unsteady_forks"] or 0)
for variant in sorted({m[2] for m in medians}):
    ms = [m[0] for m in medians if m[2] == variant]
    per_run = {}
    for m in medians:
        if m[2] == variant:
            per_run.setdefault(m[1], []).append(m[0])
    within = max(max(v) / min(v) for v in per_run.values())
    print(f"ReadBenchmark.{variant} readAllBytes: {len(ms)} forks, fork medians {min(ms):.1f}..{max(ms):.1f} us; "
          f"slowest/fastest within a run at most {within:.3f}x (limit 1.3x), across all runs {max(ms) / min(ms):.3f}x")
    for run, v in per_run.items():
        print(f"   {run}: " + ", ".join(f"{m:.0f}" for m in v) + f" us, slowest/fastest {max(v) / min(v):.3f}x")
print(f"unsteady readAllBytes read forks: {unsteady} (limit 0)")
EOF
}

case "${1:-}" in
    fill-effect) build; fill_effect ;;
    aa) build; aa ;;
    steady) steady ;;
    all) build; fill_effect; aa; steady ;;
    *) sed -n '2,12p' "$0"; exit 3 ;;
esac
