#!/usr/bin/env bash
# The scale benchmark (docs/PERFORMANCE.md): the full pipeline against a plain-Java floor, back to
# back on the same (warm) corpus.
#
#   jobs/bench.sh floor|pipeline|both|peer|all --corpus DIR [--threads N] [--keep-output]
#       [--peer PATH]
#
#   floor     FloorBenchmark: java.nio listing, N threads of PostParser.parse + PostFacts.of per
#             post, counts only (no Spark, no output)
#   pipeline  jobs/posttrends run --input DIR --output TMP --timezone Asia/Shanghai in local[N]
#             (local[*] without --threads): all stages, all tables written
#   both      floor, then pipeline, then the ratio pipeline/floor
#   peer      the analyst's Python script (../shared/peers/py_peer.py, or --peer PATH) on the corpus
#   all       floor, pipeline and peer back to back, then the three times and the ratios
#
# N defaults to the number of cores. Prints posts/s, the pipeline's seconds per stage (from
# OUT/manifest.json), peak RSS and CPU seconds of each JVM (/usr/bin/time), output files per table
# and the ratios (wall clock, and CPU seconds, which other load on the machine disturbs less).
# Make a corpus with: jobs/posttrends generate --posts 200000 --output /tmp/corpus-200k
# JVM options: FLOOR_JAVA_OPTS (default -Xmx2g) and JAVA_OPTS (the pipeline's; default the
# launcher's, jobs/java-opts.sh).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=jobs/java-opts.sh
source "$here/jobs/java-opts.sh"
cd "$here"

usage() { sed -n '2,21p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
[[ $# -ge 1 ]] || usage
what=$1; shift
corpus="" threads="" keep=0 peer_script="$here/../shared/peers/py_peer.py"
while [[ $# -gt 0 ]]; do
  case "$1" in
    --corpus) corpus=$2; shift 2 ;;
    --threads) threads=$2; shift 2 ;;
    --keep-output) keep=1; shift ;;
    --peer) peer_script=$2; shift 2 ;;
    *) usage ;;
  esac
done
[[ -n "$corpus" && -d "$corpus" ]] || { echo "bench.sh: --corpus DIR is required" >&2; exit 2; }
[[ "$what" =~ ^(floor|pipeline|both|peer|all)$ ]] || usage
[[ -x /usr/bin/time ]] || { echo "bench.sh: needs /usr/bin/time (apt-get install time)" >&2; exit 2; }
cores=$(nproc)
work=$(mktemp -d -t posttrends-bench.XXXXXX)
[[ $keep -eq 1 ]] || trap 'rm -rf "$work"' EXIT
echo "bench.sh: $(date -u +%FT%TZ), nproc=$cores, corpus=$corpus ($(du -sh "$corpus" | cut -f1))"

floor() {
  mvn -B -q test-compile
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/cp.txt" >/dev/null
  cp -r target/classes "$work/classes" && cp -r target/test-classes "$work/test-classes"
  local cp="$work/test-classes:$work/classes:$(cat "$work/cp.txt")"
  # shellcheck disable=SC2086
  /usr/bin/time -f '%e %M %U %S' -o "$work/floor.time" java ${FLOOR_JAVA_OPTS:-$default_java_opts} \
    -Dfile.encoding=UTF-8 -cp "$cp" dev.posttrends.bench.FloorBenchmark \
    --corpus "$corpus" --threads "${threads:-$cores}" | tee "$work/floor.out"
  read -r floor_wall floor_rss floor_user floor_sys < "$work/floor.time"
  floor_cpu=$(echo "$floor_user + $floor_sys" | bc -l)
  floor_s=$(sed -n 's/.* total_s=\([0-9.]*\).*/\1/p' "$work/floor.out" | head -1)
  floor_posts=$(sed -n 's/.* posts=\([0-9]*\).*/\1/p' "$work/floor.out" | head -1)
  printf 'floor:    %s posts in %s s (JVM wall %s s) = %.0f posts/s; CPU %.1f s; peak RSS %.0f MiB\n' \
    "$floor_posts" "$floor_s" "$floor_wall" "$(echo "$floor_posts / $floor_s" | bc -l)" \
    "$floor_cpu" "$(echo "$floor_rss / 1024" | bc -l)"
}

pipeline() {
  # What `jobs/posttrends run` runs (same JVM options, logging and classpath), from a private copy
  # of the classes: a concurrent build in the checkout must neither be measured nor break the run.
  jobs/posttrends --version >/dev/null # builds if sources changed
  cp -r target/classes "$work/main-classes"
  local cp="$work/main-classes:$(cat target/runtime-classpath.txt)" out="$work/out" master=()
  [[ -z "$threads" ]] || master=(--conf "spark.master=local[$threads]")
  # shellcheck disable=SC2086
  SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}" /usr/bin/time -f '%e %M %U %S' -o "$work/pipeline.time" \
    java "${spark_module_opts[@]}" ${JAVA_OPTS:-$default_java_opts} -Dlog4j2.configurationFile="$here/jobs/log4j2.properties" \
    -cp "$cp" dev.posttrends.cli.Main run --input "$corpus" --output "$out" \
    --timezone Asia/Shanghai "${master[@]}" | tee "$work/pipeline.out" || true
  read -r pipe_wall pipe_rss pipe_user pipe_sys < <(tail -1 "$work/pipeline.time")
  pipe_cpu=$(echo "$pipe_user + $pipe_sys" | bc -l)
  if [[ ! -f "$out/manifest.json" ]]; then
    printf 'pipeline: FAILED after %s s (JVM wall); CPU %.1f s; peak RSS %.0f MiB\n' \
      "$pipe_wall" "$pipe_cpu" "$(echo "$pipe_rss / 1024" | bc -l)"
    exit 1
  fi
  pipe_posts=$(jq '.posts' "$out/manifest.json")
  # tables written side by side: their group's wall seconds (tables, trends) count, not each
  # table's overlapping write_<table> seconds
  pipe_stages=$(jq '.stage_seconds | if has("tables") then with_entries(select(.key | startswith("write_") | not)) else . end | [.[]] | add' "$out/manifest.json")
  printf 'pipeline: %s posts in %s s (JVM wall) = %.0f posts/s; stages sum %.1f s; CPU %.1f s;' \
    "$pipe_posts" "$pipe_wall" "$(echo "$pipe_posts / $pipe_wall" | bc -l)" "$pipe_stages" \
    "$pipe_cpu"
  printf ' peak RSS %.0f MiB\n' "$(echo "$pipe_rss / 1024" | bc -l)"
  echo "seconds per stage:"
  jq -r '.stage_seconds | to_entries[] | "  \(.key)\t\(.value)"' "$out/manifest.json"
  echo "output files (parquet) per table:"
  for table in posts metrics date_mentions keywords rejects trends/category_period \
    trends/tag_period trends/keyword_period trends/metric_period; do
    [[ -d "$out/$table" ]] || continue
    printf '  %-24s %6d files %6d partitions\n' "$table" \
      "$(find "$out/$table" -name '*.parquet' | wc -l)" \
      "$(find "$out/$table" -mindepth 1 -maxdepth 2 -type d -name '*=*' | wc -l)"
  done
  [[ $keep -eq 0 ]] || echo "output kept in $out"
}

peer() {
  # The peer runs under Debian's python3 with PyYAML, BeautifulSoup/lxml, jieba and pandas
  # (../shared/peers/setup-python-peer.sh installs them); 2 worker processes, as written.
  [[ -f "$peer_script" ]] || { echo "bench.sh: no peer script at $peer_script (--peer PATH)" >&2; exit 2; }
  /usr/bin/python3 -c 'import yaml, jieba, pandas, bs4, lxml' 2>/dev/null || {
    echo "bench.sh: the peer needs python3-yaml -bs4 -lxml -jieba -pandas (setup-python-peer.sh)" >&2
    exit 2
  }
  /usr/bin/time -f '%e %M %U %S' -o "$work/peer.time" /usr/bin/python3 "$peer_script" \
    "$corpus" "$work/peer.csv"
  read -r peer_wall peer_rss peer_user peer_sys < <(tail -1 "$work/peer.time")
  peer_cpu=$(echo "$peer_user + $peer_sys" | bc -l)
  printf 'peer:     %s (%s category x month rows) in %s s (wall); CPU %.1f s; peak RSS %.0f MiB\n' \
    "$(basename "$peer_script")" "$(($(wc -l < "$work/peer.csv") - 1))" "$peer_wall" "$peer_cpu" \
    "$(echo "$peer_rss / 1024" | bc -l)"
}

ratios() {
  printf 'ratio pipeline/floor: %.2f (JVM wall clock, %s s / %s s); %.2f (stages sum / floor work, %.1f s / %s s)\n' \
    "$(echo "$pipe_wall / $floor_wall" | bc -l)" "$pipe_wall" "$floor_wall" \
    "$(echo "$pipe_stages / $floor_s" | bc -l)" "$pipe_stages" "$floor_s"
  printf 'ratio pipeline/floor in CPU seconds (user+sys; robust to other load): %.2f (%.1f / %.1f)\n' \
    "$(echo "$pipe_cpu / $floor_cpu" | bc -l)" "$pipe_cpu" "$floor_cpu"
}

case "$what" in
  floor) floor ;;
  peer) peer ;;
  all)
    floor
    pipeline
    peer
    ratios
    printf 'times: floor %s s, pipeline %s s, python peer %s s (JVM/process wall clock)\n' \
      "$floor_wall" "$pipe_wall" "$peer_wall"
    printf 'ratio peer/pipeline: %.2f (pipeline is %.1fx faster than the Python peer)\n' \
      "$(echo "$peer_wall / $pipe_wall" | bc -l)" "$(echo "$peer_wall / $pipe_wall" | bc -l)"
    ;;
  pipeline) pipeline ;;
  both)
    floor
    pipeline
    ratios
    ;;
esac
