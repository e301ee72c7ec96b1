#!/usr/bin/env bash
# Cluster test (CI): runs the shaded jar on a REAL Spark standalone cluster (one Master, two
# Workers of 1 core / 1g on 127.0.0.1) assembled from Maven Central jars only, and checks that
#   1. the cluster job exits 0 and its tasks ran on >= 2 distinct executors (worker logs);
#   2. every output table equals a local run's (jobs/posttrends), row for row (CompareOutputs);
#   3. a second submission, one of whose executor JVMs is killed mid-job, still exits 0 and
#      its output equals the local run's again (task retry).
# Prints per-step timings; the last line is `cluster-test: OK` on success. docs/CLUSTER.md
# describes the same steps by hand. Environment: CORPUS_POSTS (default 3000), KEEP_TMP=1 (keep the
# temp dir with all logs; else it is removed on every exit), MVN (default mvn), TMPDIR.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
mvn_cmd="${MVN:-mvn}"
spark_version=4.1.1
posts="${CORPUS_POSTS:-3000}"
tmp="$(mktemp -d "${TMPDIR:-/tmp}/posttrends-cluster.XXXXXX")"
pids=()    # master, workers, submissions
app_ids=() # applications of this test

cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -f "$tmp/local.pid" ]]; then pids+=("$(cat "$tmp/local.pid")"); fi
  for pid in "${pids[@]}"; do pkill -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  sleep 1
  for pid in "${pids[@]}"; do kill -9 "$pid" 2>/dev/null || true; done
  # executors outlive a killed worker: only those of this test (its SPARK_HOME, its app ids)
  for app in "${app_ids[@]}"; do
    pkill -9 -f "$tmp/spark/.*CoarseGrainedExecutorBackend.*--app-id $app" 2>/dev/null || true
  done
  pkill -9 -f "$tmp/spark/.*CoarseGrainedExecutorBackend" 2>/dev/null || true
  if [[ $rc -ne 0 ]]; then
    echo "cluster-test: FAILED (exit $rc); KEEP_TMP=1 keeps $tmp with all logs" >&2
    for f in "$tmp"/*.log "$tmp"/work?/app-*/*/stderr; do
      [[ -f "$f" ]] && { echo "--- tail $f" >&2; tail -n 15 "$f" >&2; }
    done
  fi
  if [[ "${KEEP_TMP:-0}" != 1 ]]; then rm -rf "$tmp"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

t_all=$SECONDS
t_step=$SECONDS
step() { printf 'cluster-test: %-44s %4ds\n' "$1" $((SECONDS - t_step)); t_step=$SECONDS; }
fail() { echo "cluster-test: FAIL: $*" >&2; exit 1; }
# wait_for SECONDS FILE... REGEX: until one of the files has a line matching REGEX
wait_for() {
  local limit=$1 regex=${*: -1} end=$((SECONDS + $1)); shift
  while ((SECONDS < end)); do
    grep -qsE "$regex" "${@:1:$#-1}" && return 0
    sleep 0.5
  done
  return 1
}

# ---- (a) the shaded jar and the test classpath (GenerateCorpus, CompareOutputs, DuckDB)
jar="$here/target/posttrends-0.1.0-SNAPSHOT-app.jar"
goals=(test-compile)
if [[ ! -f "$jar" || -n "$(find "$here/src/main" "$here/pom.xml" -newer "$jar" -print -quit)" ]]; then
  goals=(package)
fi
(cd "$here" && "$mvn_cmd" -B -q -DskipTests "${goals[@]}" dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$tmp/test-cp.txt" >"$tmp/build.log" 2>&1) ||
  { cat "$tmp/build.log" >&2; fail "mvn ${goals[*]}"; }
[[ -f "$jar" ]] || fail "no $jar"
test_cp="$here/target/test-classes:$here/target/classes:$(cat "$tmp/test-cp.txt")"
step "build (mvn ${goals[*]})"

# ---- (b) a Spark distribution from Maven Central: SPARK_HOME/jars, no bin/ or conf/
mkdir -p "$tmp/dist"
cat >"$tmp/dist/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
  <groupId>local.cluster-test</groupId><artifactId>spark-dist</artifactId><version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-core_2.13</artifactId><version>$spark_version</version></dependency>
    <dependency><groupId>org.apache.spark</groupId><artifactId>spark-sql_2.13</artifactId><version>$spark_version</version></dependency>
  </dependencies>
</project>
POM
(cd "$tmp/dist" && "$mvn_cmd" -B -q org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies \
  -DincludeScope=runtime -DoutputDirectory="$tmp/spark/jars" >"$tmp/dist.log" 2>&1) ||
  { cat "$tmp/dist.log" >&2; fail "copy-dependencies"; }
export SPARK_HOME="$tmp/spark" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
step "spark distribution ($(ls "$SPARK_HOME/jars" | wc -l) jars)"

# ---- (c) the corpus: synthetic posts in <medium>/_posts/ trees + broken files, and a job spec
java -XX:TieredStopAtLevel=1 -cp "$test_cp" dev.posttrends.testing.GenerateCorpus "$tmp/corpus" "$posts" 42
files=$(find "$tmp/corpus" -name '*.md' | wc -l)
cat >"$tmp/job.yaml" <<YAML
name: cluster-test
inputs: [$tmp/corpus]
timezone: Asia/Shanghai
spark: {spark.sql.shuffle.partitions: "4", spark.ui.enabled: "false"}
limits: {max_reject_fraction: 0.5, files_per_task: $(((files + 11) / 12))}
YAML
step "corpus ($files files)"

# ---- (f, started early) the same job locally (jobs/posttrends, embedded local[*]), alongside
# the cluster steps: it starts with a mvn compile when sources changed, and its wall time hides
# behind the cluster's start-up and the first cluster run.
(
  start=$SECONDS rc=0
  JAVA_OPTS="-Xmx2g -XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m" "$here/jobs/posttrends" run --job "$tmp/job.yaml" \
    --output "$tmp/out-local" >"$tmp/local.log" 2>&1 &
  echo $! >"$tmp/local.pid" # jobs/posttrends execs java: this becomes the local JVM
  wait $! || rc=$?
  echo "$rc $((SECONDS - start))" >"$tmp/local.done"
) &
pids+=($!)
local_pid=$!

# ---- (d) Master + two Workers on 127.0.0.1, ports chosen by the OS
jvm_small=(java -Xmx256m -XX:TieredStopAtLevel=1 -Dspark.master.rest.enabled=false -cp "$SPARK_HOME/jars/*")
"${jvm_small[@]}" org.apache.spark.deploy.master.Master --host 127.0.0.1 --port 0 --webui-port 0 \
  >"$tmp/master.log" 2>&1 &
pids+=($!)
wait_for 60 "$tmp/master.log" 'Starting Spark master at spark://' || fail "master did not start"
master_url=$(grep -oE 'spark://127\.0\.0\.1:[0-9]+' "$tmp/master.log" | head -n 1)
for w in 1 2; do
  mkdir -p "$tmp/work$w"
  "${jvm_small[@]}" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
    --cores 1 --memory 1g --work-dir "$tmp/work$w" "$master_url" >"$tmp/worker$w.log" 2>&1 &
  pids+=($!)
done
for w in 1 2; do
  wait_for 60 "$tmp/worker$w.log" 'Successfully registered with master' || fail "worker $w did not register"
done
step "cluster up ($master_url, 2 workers)"

submit() { # OUT LOG: the cluster run in the background; its pid in $submit_pid
  SUBMIT_JAVA_OPTS="-Xmx1g -XX:TieredStopAtLevel=1" APP_JAR="$jar" "$here/jobs/submit.sh" \
    --master "$master_url" \
    --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 \
    --executor-memory 700m --total-executor-cores 2 \
    --conf "spark.driver.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m" \
    --conf "spark.executor.extraJavaOptions=-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m" \
    --conf spark.sql.shuffle.partitions=4 --conf spark.ui.enabled=false \
    -- run --job "$tmp/job.yaml" --output "$1" >"$2" 2>&1 &
  submit_pid=$!
  pids+=("$submit_pid")
}
new_app_id() { # the app id in the workers' logs that is not yet in app_ids
  local id
  for id in $(grep -hoE 'app-[0-9]+-[0-9]+' "$tmp"/worker?.log | sort -u); do
    [[ " ${app_ids[*]} " == *" $id "* ]] || { echo "$id"; return 0; }
  done
  return 1
}

# ---- (e) the cluster run
submit "$tmp/out-cluster" "$tmp/submit1.log"
rc=0; wait "$submit_pid" || rc=$?
app1=$(new_app_id) || fail "no application in the worker logs"
app_ids+=("$app1")
grep -E '^posttrends: ' "$tmp/submit1.log" || true
[[ $rc -eq 0 ]] || fail "cluster run exited $rc (see $tmp/submit1.log)"
step "cluster run ($app1)"

# ---- (f) the local run, started after (c)
wait "$local_pid" || true
read -r local_rc local_secs <"$tmp/local.done" || fail "local run did not finish"
grep -E '^posttrends: ' "$tmp/local.log" || true
[[ $local_rc -eq 0 ]] || fail "local run exited $local_rc (see $tmp/local.log)"
step "local run (waited; it took ${local_secs}s in all)"

# ---- (g) checks: >= 2 executors ran tasks; the cluster output equals the local output
executors_with_tasks() { # APP: "<worker>/<executor id>" of each executor stderr with a task
  local f
  for f in "$tmp"/work?/"$1"/*/stderr; do
    grep -q 'Running task' "$f" && echo "$(basename "$(dirname "$(dirname "$(dirname "$f")")")")/executor $(basename "$(dirname "$f")")"
  done
  return 0
}
ran=$(executors_with_tasks "$app1")
echo "cluster-test: executors that ran tasks: $(echo "$ran" | paste -sd, -)"
[[ $(echo "$ran" | grep -c .) -ge 2 ]] || fail "tasks ran on fewer than 2 executors"
if grep -q '"executors"' "$tmp/out-cluster/manifest.json"; then
  echo "cluster-test: manifest executors: $(tr -d '\n ' <"$tmp/out-cluster/manifest.json" | grep -oE '"executors":\[[^]]*\]')"
fi
compare() { java -XX:TieredStopAtLevel=1 -cp "$test_cp" dev.posttrends.testing.CompareOutputs "$@"; }
compare "$tmp/out-cluster" "$tmp/out-local" || fail "cluster output differs from local output"
step "checks (executors, outputs equal)"

# ---- (h) executor loss: kill one executor JVM once tasks run, the job must still succeed
submit "$tmp/out-kill" "$tmp/submit2.log"
app2=""
end=$((SECONDS + 120))
while ((SECONDS < end)) && [[ -z "$app2" ]]; do app2=$(new_app_id) || sleep 0.5; done
[[ -n "$app2" ]] || fail "second application did not start"
app_ids+=("$app2")
# kill once the read stage (after the driver's listing) has run for a few seconds: the victim
# then has finished tasks (outputs to recompute) and a running one (to retry)
wait_for 180 "$tmp/submit2.log" 'IngestJob: Listed' || fail "$app2 did not list its inputs"
sleep "${KILL_DELAY:-3}"
victim_stderr=""
end=$((SECONDS + 120))
while ((SECONDS < end)); do
  busy=$(grep -ls 'Running task' "$tmp"/work?/"$app2"/*/stderr || true)
  # shellcheck disable=SC2086 # paths without spaces (mktemp)
  [[ -n "$busy" ]] && { victim_stderr=$(ls -t $busy | head -n 1); break; }
  sleep 0.3
done
[[ -n "$victim_stderr" ]] || fail "no executor of $app2 ran a task"
victim_id=$(basename "$(dirname "$victim_stderr")")
victim_pid=$(pgrep -f "$tmp/spark/.*CoarseGrainedExecutorBackend.*--executor-id $victim_id .*--app-id $app2" |
  head -n 1 || true)
[[ -n "$victim_pid" ]] || fail "no JVM for executor $victim_id of $app2"
echo "cluster-test: killing executor $victim_id of $app2 (pid $victim_pid) after: $(grep 'Running task' "$victim_stderr" | tail -n 1 | sed 's/.*Running task/Running task/')"
kill -9 "$victim_pid"
rc=0; wait "$submit_pid" || rc=$?
grep -E '^posttrends: ' "$tmp/submit2.log" || true
grep -hE "Lost executor $victim_id |Removed executor $victim_id|Resubmitted|Lost task" "$tmp/submit2.log" | head -n 3 |
  sed 's/^/cluster-test: driver: /' || true
[[ $rc -eq 0 ]] || fail "run with a killed executor exited $rc (see $tmp/submit2.log)"
compare "$tmp/out-kill" "$tmp/out-local" || fail "output after executor loss differs from local output"
step "executor loss run + compare"

echo "cluster-test: total $((SECONDS - t_all))s"
echo "cluster-test: OK"
