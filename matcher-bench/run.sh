#!/usr/bin/env bash
# Builds the benchmarks, generates or reuses the on-disk data, runs the JMH benchmarks and the timing
# tools, and writes matcher-bench/RESULTS.md.
#
#   matcher-bench/run.sh            full run (sizes 10k/100k/1M; about 20 minutes on 2 cores, plus the
#                                   one-off data build); writes matcher-bench/RESULTS.md
#   matcher-bench/run.sh --smoke    seconds-to-a-minute check that every benchmark and tool still runs
#                                   (tiny data, 1 fork, 1 short iteration); writes
#                                   matcher-bench/target/RESULTS-smoke.md, never RESULTS.md
#   --no-build                      reuse matcher-bench/target/benchmarks.jar as it is (careful: the
#                                   build below uses -am so the jar holds this worktree's matcher-core,
#                                   not whatever was last installed in ~/.m2)
#   --only REGEX                    JMH benchmarks to run (default: all of nl.werkmatch.bench)
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
smoke=0
build=1
only='nl\.werkmatch\.bench\..*'
while [ $# -gt 0 ]; do
  case "$1" in
    --smoke) smoke=1 ;;
    --no-build) build=0 ;;
    --only) only="$2"; shift ;;
    *) echo "usage: $0 [--smoke] [--no-build] [--only REGEX]" >&2; exit 2 ;;
  esac
  shift
done

JAVA_HOME=$(bin/find-jdk)
export JAVA_HOME
java="$JAVA_HOME/bin/java"
target=matcher-bench/target
if [ "$build" = 1 ]; then
  bin/mvn -B -q -o -DskipTests -pl matcher-bench -am package || bin/mvn -B -q -DskipTests -pl matcher-bench -am package
fi
# run from a copy, so a rebuild during a long run cannot change the classes under a running JVM
jar=$target/bench-run.jar
cp "$target/benchmarks.jar" "$jar"
vec=(--add-modules jdk.incubator.vector)
# the function_score peer (PeerRun) also needs OpenSearch, which benchmarks.jar does not hold
peercp="$jar:$target/peer-lib/*"
tools=$target/bench-tools.tsv
: > "$tools"
started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
load=$(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "?")

if [ "$smoke" = 1 ]; then
  data=$target/data-smoke
  props=(-Dwerkmatch.bench.data="$data")
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -cp "$jar" nl.werkmatch.bench.BuildIndex candidates 2000 >> "$tools"
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -cp "$jar" nl.werkmatch.bench.BuildIndex vacancies 2000 >> "$tools"
  ref=$data/recall-reference.txt
  rm -f "$ref"
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -Dwerkmatch.bench.recallReference="$ref" -cp "$jar" \
    nl.werkmatch.bench.Recall 2000 20 2 >> "$tools"
  # the same check with the exhaustive side read back from the reference file: the same figures
  again=$("$java" -Xmx1g "${vec[@]}" "${props[@]}" -Dwerkmatch.bench.recallReference="$ref" -cp "$jar" \
    nl.werkmatch.bench.Recall 2000 20 2)
  if [ "$(tail -1 "$tools" | cut -f1-7,9-10)" != "$(echo "$again" | cut -f1-7,9-10)" ]; then
    echo "smoke: recall against the reference file differs: $(tail -1 "$tools") / $again" >&2
    exit 1
  fi
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -cp "$jar" nl.werkmatch.bench.Recall --candidates 2000 20 2 >> "$tools"
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -cp "$jar" nl.werkmatch.bench.BatchRun 2000 2 >> "$tools"
  # the shortlists' digest, twice in fresh JVMs: the same input gives the same bytes
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -cp "$jar" nl.werkmatch.bench.Digest 2000 >> "$tools"
  again=$("$java" -Xmx1g "${vec[@]}" "${props[@]}" -cp "$jar" nl.werkmatch.bench.Digest 2000)
  if [ "$(tail -1 "$tools")" != "$again" ]; then
    echo "smoke: the shortlists differ between two runs on the same data: $(tail -1 "$tools") / $again" >&2
    exit 1
  fi
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -cp "$jar" nl.werkmatch.bench.Digest --candidates 2000 >> "$tools"
  # werkmatch embedded, inside OpenSearch and the function_score peer on one in-JVM node, tiny national data
  "$java" -Xmx1g "${vec[@]}" "${props[@]}" -Dwerkmatch.bench.geography=national -cp "$peercp" \
    nl.werkmatch.bench.PeerRun 300 5 >> "$tools"
  if [ "$(grep -c '^peer' "$tools")" != 3 ]; then
    echo "smoke: PeerRun did not report its 3 engines; see $tools" >&2
    exit 1
  fi
  "$java" -jar "$jar" "$only" -f 1 -wi 0 -i 1 -r 1s -p size=2000 -p records=500 -prof gc \
    -jvmArgsAppend "-Dwerkmatch.bench.data=$data" -rf json -rff "$target/jmh-smoke.json" > "$target/jmh-smoke.log"
  cmd="matcher-bench/run.sh --smoke"
  out=$target/RESULTS-smoke.md
  "$java" -cp "$jar" nl.werkmatch.bench.Report "$target/jmh-smoke.json" "$tools" "$out" "$cmd (load average at start: $load)"
  # every benchmark must have produced a score
  n=$(grep -c '"primaryMetric"' "$target/jmh-smoke.json" || true)
  if [ "$n" -lt 9 ]; then
    echo "smoke: only $n JMH results, expected at least 9; see $target/jmh-smoke.log" >&2
    exit 1
  fi
  echo "smoke: $n JMH results and $(wc -l < "$tools") tool lines; report in $out"
  exit 0
fi

# full run: data first (timed under -Xmx2g when built now), then JMH, then the timing tools, then
# the recall check (not a timing; last, so it cannot disturb the timings)
report() {
  "$java" -cp "$jar" nl.werkmatch.bench.Report "$target/jmh.json" "$tools" matcher-bench/RESULTS.md \
    "matcher-bench/run.sh (started $started, load average at start: $load)" matcher-bench/results-notes.md
}
"$java" -Xmx2g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.BuildIndex candidates 10000 100000 1000000 >> "$tools"
"$java" -Xmx2g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.BuildIndex vacancies 10000 100000 >> "$tools"
"$java" -jar "$jar" "$only" -prof gc -rf json -rff "$target/jmh.json" | tee "$target/jmh.log"
# the batch twice back to back: runs differ by several percent; the report judges the slower
"$java" -Xmx6g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.BatchRun 1000000 2 >> "$tools"
"$java" -Xmx6g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.BatchRun 1000000 2 >> "$tools"
# the shortlists' digests (not timings): the same digest as another build means the same shortlists
"$java" -Xmx6g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.Digest 10000 100000 1000000 >> "$tools"
"$java" -Xmx6g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.Digest --candidates 10000 100000 >> "$tools"
report
# the exhaustive side of recall keeps every prepared candidate in memory (about 10 GB at 1M)
# 220 vacancies: for 12 of the first 200 no one passes the rules, and the target asks for 200 that count
"$java" -Xmx20g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.Recall 1000000 220 2 >> "$tools"
report
# candidate -> vacancies (not a target): the first 200 generated people against 100k vacancies
"$java" -Xmx8g "${vec[@]}" -cp "$jar" nl.werkmatch.bench.Recall --candidates 100000 200 2 >> "$tools"
report
# werkmatch embedded, inside OpenSearch (the plugin's shortlist) and a function_score peer, one in-JVM
# OpenSearch node, 100k national candidates, the first 100 vacancies (issue 26 item 4)
"$java" -Xmx6g "${vec[@]}" -Dwerkmatch.bench.geography=national -cp "$peercp" nl.werkmatch.bench.PeerRun 100000 100 >> "$tools"
report
echo "wrote matcher-bench/RESULTS.md"
