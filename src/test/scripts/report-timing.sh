#!/usr/bin/env bash
# The reporter's page weight and wall time (issue 14, sections 2 and 7), as docs/measurements/ reports
# them. Run from the project folder after `mvn -q package -DskipTests` (target/mmapbench.jar and
# target/test-classes):
#
#   src/test/scripts/report-timing.sh [RUNS] [SETS...]
#
# RUNS (default 5) whole-process runs of `mmapbench report` per set and JVM flag choice; SETS (default
# "quick standard full 1000 10000"): a profile name (a synthetic run of exactly its plan) or a number
# of benchmarks (the standard plan repeated). Synthetic runs are invented numbers in real shapes
# (org.mmapbench.run.SyntheticRun); they measure the reporter, never mmap. Prints one line per run
# and a median/worst summary per set, with the load average before and after. Writes only under
# ${TMPDIR:-/tmp}/mmapbench-report-timing.
set -euo pipefail

cd "$(dirname "$0")/../../.."
RUNS=${1:-5}
shift || true
SETS=${*:-quick standard full 1000 10000}
JAVA=${JAVA:-$(ls -d /usr/lib/jvm/temurin-25*/bin/java 2>/dev/null | head -1)}
JAVA=${JAVA:-java}
WORK=${TMPDIR:-/tmp}/mmapbench-report-timing
mkdir -p "$WORK"
CP_FILE="$WORK/classpath.txt"
[ -s "$CP_FILE" ] || mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile="$CP_FILE" -Dmdep.includeScope=test >/dev/null
CP="target/test-classes:target/classes:$(cat "$CP_FILE")"
# FLAGS_SETS: the JVM flag choices to compare, separated by '|' (default: none, and C1 only).
IFS='|' read -r -a FLAG_SETS <<< "${FLAG_SETS:-|-XX:TieredStopAtLevel=1}"

for set in $SETS; do
    run="$WORK/run-$set"
    if [ ! -f "$run/jmh.json" ]; then
        case "$set" in
            [0-9]*) "$JAVA" -cp "$CP" org.mmapbench.run.SyntheticRun standard "$set" "$run" >/dev/null ;;
            *) "$JAVA" -cp "$CP" org.mmapbench.run.SyntheticRun "$set" 0 "$run" >/dev/null ;;
        esac
    fi
    rows=$(python3 -c "import json,sys; print(len(json.load(open(sys.argv[1]))))" "$run/jmh.json")
    for flags in "${FLAG_SETS[@]}"; do
        times=()
        echo "set $set ($rows benchmarks), flags '${flags}', load before: $(cut -d' ' -f1-3 /proc/loadavg)"
        for i in $(seq 1 "$RUNS"); do
            out="$WORK/report-$set"
            start=$(date +%s.%N)
            # shellcheck disable=SC2086
            "$JAVA" $flags --enable-native-access=ALL-UNNAMED -jar target/mmapbench.jar report --out "$out" "$run" >/dev/null
            end=$(date +%s.%N)
            t=$(python3 -c "print(f'{$end - $start:.2f}')")
            times+=("$t")
            echo "  run $i: ${t} s, index.html $(stat -c %s "$out/index.html") bytes, folder $(du -sb "$out" | cut -f1) bytes"
        done
        python3 - "${times[@]}" <<'PY'
import statistics, sys
t = sorted(float(x) for x in sys.argv[1:])
print(f"  median {statistics.median(t):.2f} s, worst {t[-1]:.2f} s, best {t[0]:.2f} s over {len(t)} runs")
PY
        echo "  load after: $(cut -d' ' -f1-3 /proc/loadavg)"
    done
done
