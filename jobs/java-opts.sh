# Sourced by jobs/posttrends and jobs/bench.sh: the JVM options of a local (embedded Spark) run.
# The module flags spark-submit adds on Java 17 (Spark 4.1.1's JavaModuleOptions): without them a
# big local run fails once cached blocks spill to disk (Kryo cannot reach java.nio internals).
spark_module_opts=(-XX:+IgnoreUnrecognizedVMOptions
  --add-opens=java.base/java.lang=ALL-UNNAMED --add-opens=java.base/java.lang.invoke=ALL-UNNAMED
  --add-opens=java.base/java.lang.reflect=ALL-UNNAMED --add-opens=java.base/java.io=ALL-UNNAMED
  --add-opens=java.base/java.net=ALL-UNNAMED --add-opens=java.base/java.nio=ALL-UNNAMED
  --add-opens=java.base/java.util=ALL-UNNAMED --add-opens=java.base/java.util.concurrent=ALL-UNNAMED
  --add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED
  --add-opens=java.base/jdk.internal.ref=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED
  --add-opens=java.base/sun.nio.cs=ALL-UNNAMED --add-opens=java.base/sun.security.action=ALL-UNNAMED
  --add-opens=java.base/sun.util.calendar=ALL-UNNAMED
  --add-opens=java.security.jgss/sun.security.krb5=ALL-UNNAMED
  -Djdk.reflect.useDirectMethodHandle=false -Dio.netty.tryReflectionSetAccessible=true)
# JIT: Spark's generated row converters for wide nested rows are larger than HotSpot's 8000-byte
# "huge method" limit and would otherwise run interpreted.
spark_module_opts+=(-XX:-DontCompileHugeMethods)
# Heap of a local run when JAVA_OPTS is not set: 2 GB keeps the whole JVM under 3 GB of resident
# memory (docs/PERFORMANCE.md); raise it with JAVA_OPTS for very large batches.
default_java_opts="-Xmx2g"

# JIT of a local run: C1 only (-XX:TieredStopAtLevel=1) when the inputs of `run` are local and
# under 64 MB. On 2 cores the C2 compiler, busy with Spark's generated code, competes with a short
# run for a core: the README's sample run took 23-25 s with C2 and 18 s without it, 20,000
# generated posts (55 MB) 86-92 s against 65-76 s. Long runs need C2's code: 200,000 posts took
# 471 s with C1 only against about 270 s (docs/PERFORMANCE.md, seventh sitting); at 50,000 posts
# (142 MB) the two were even (126 / 141 s against 134 / 143 s, eighth sitting). Inputs this
# cannot size (HDFS, S3, a spec it cannot read) keep the default. With C1 only the JVM reserves
# 48 MB for compiled code instead of tiered compilation's 240 MB; Spark's generated classes filled
# that on 20,000 posts and the run died ("Out of space in CodeCache for adapters"): the 240 MB
# are asked for again.
small_input_bytes=$((64 * 1024 * 1024))

# Prints the local paths `run` reads, one per line: --input values, else the job spec's list
# under 'inputs:' (resolved against the spec's folder); prints nothing when unsure.
run_inputs() {
  local spec="" given=() arg
  [[ ${1:-} == run ]] || return 0
  shift
  while [[ $# -gt 0 ]]; do
    arg=$1; shift
    case "$arg" in
      --input=*) given+=("${arg#--input=}") ;;
      --input) given+=("${1:-}"); shift || true ;;
      --job=*) spec="${arg#--job=}" ;;
      --job) spec="${1:-}"; shift || true ;;
    esac
  done
  if [[ ${#given[@]} -eq 0 && -n "$spec" && -f "$spec" ]]; then
    local dir line
    dir="$(cd "$(dirname "$spec")" && pwd)"
    while IFS= read -r line; do
      line="${line%\"}"; line="${line#\"}"; line="${line%\'}"; line="${line#\'}"
      [[ "$line" == /* ]] && given+=("$line") || given+=("$dir/$line")
    done < <(awk '/^inputs:[[:space:]]*$/ {f=1; next}
      f && /^[[:space:]]+-[[:space:]]/ {sub(/^[[:space:]]+-[[:space:]]+/, ""); sub(/[[:space:]]+#.*$/, ""); print; next}
      f && /^[^[:space:]#]/ {f=0}' "$spec")
  fi
  [[ ${#given[@]} -gt 0 ]] || return 0
  for arg in "${given[@]}"; do
    [[ "$arg" == *://* || ! -e "$arg" ]] && return 0 # not a local path: unsure
  done
  printf '%s\n' "${given[@]}"
}

# The JIT options for `posttrends ARGS`: C1 only for small local inputs, else none.
jit_opts() {
  local inputs=() size
  mapfile -t inputs < <(run_inputs "$@")
  [[ ${#inputs[@]} -gt 0 ]] || return 0
  # file sizes summed until the threshold is passed (a big tree is not walked to its end)
  size=$(timeout 5 find -L "${inputs[@]}" -type f -printf '%s\n' 2>/dev/null |
    awk -v limit="$small_input_bytes" '{ s += $1; if (s >= limit) { print "big"; exit } }
      END { if (s < limit) print "small" }') || return 0
  [[ $size == small ]] && echo "-XX:TieredStopAtLevel=1 -XX:ReservedCodeCacheSize=240m"
  return 0
}

# Class-data sharing (CDS, JDK 17's dynamic archive): the classes a run loads (Spark's, Scala's,
# Jackson's, ours), parsed and verified once and mapped into later JVMs. It took 3.7-4.5 s off
# each README sample run, measured in pairs (docs/PERFORMANCE.md, eighth sitting). Its log output
# is off: a stale archive is then skipped silently, as the JVM does by default (-Xshare:auto).
cds_quiet=(-Xlog:cds*=off -Xlog:class+path*=off)

# Prints "use" when ARCHIVE exists and is newer than each FILE it was recorded against (the jars
# of the classpath, the java binary), else "stale".
cds_state() {
  local archive=$1 file
  shift
  [[ -f "$archive" ]] || { echo stale; return 0; }
  for file in "$@"; do
    [[ "$archive" -nt "$file" ]] || { echo stale; return 0; }
  done
  echo use
}
