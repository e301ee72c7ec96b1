#!/usr/bin/env bash
# Submits posttrends to a Spark cluster: the shaded jar (target/posttrends-*-app.jar, built with
# `mvn -B -q -DskipTests package` when missing) with --class dev.posttrends.cli.Main.
#   jobs/submit.sh [--master URL] [spark-submit options ...] -- run --job jobs/X.yaml [run options ...]
# Everything before `--` goes to spark-submit, everything after it to posttrends (docs/CLUSTER.md).
# Which spark-submit: $SPARK_HOME/bin/spark-submit; else, when $SPARK_HOME/jars exists (e.g. jars
# from Maven Central only), `java -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit`
# (client mode; the driver is that JVM, sized by SUBMIT_JAVA_OPTS, default -Xmx1g); else
# `spark-submit` on PATH. Environment: SPARK_HOME, SUBMIT_JAVA_OPTS, APP_JAR (default the shaded jar), MVN.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

submit_args=()
while [[ $# -gt 0 && "$1" != "--" ]]; do submit_args+=("$1"); shift; done
if [[ $# -eq 0 ]]; then
  echo "usage: jobs/submit.sh [--master URL] [spark-submit options ...] -- run [posttrends options ...]" >&2
  exit 2
fi
shift # the --

jar="${APP_JAR:-}"
if [[ -z "$jar" ]]; then
  jar="$(ls "$here"/target/posttrends-*-app.jar 2>/dev/null | head -n 1 || true)"
  if [[ -z "$jar" ]]; then
    echo "submit: building the shaded jar (mvn package) ..." >&2
    (cd "$here" && "${MVN:-mvn}" -B -q -DskipTests package >&2)
    jar="$(ls "$here"/target/posttrends-*-app.jar | head -n 1)"
  fi
fi

if [[ -n "${SPARK_HOME:-}" && -x "$SPARK_HOME/bin/spark-submit" ]]; then
  submit=("$SPARK_HOME/bin/spark-submit")
elif [[ -n "${SPARK_HOME:-}" && -d "$SPARK_HOME/jars" ]]; then
  # shellcheck disable=SC2086
  submit=(java ${SUBMIT_JAVA_OPTS:--Xmx1g} -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit)
elif command -v spark-submit >/dev/null 2>&1; then
  submit=(spark-submit)
else
  echo "submit: no spark-submit: set SPARK_HOME (with bin/spark-submit or jars/) or put it on PATH" >&2
  exit 2
fi

exec "${submit[@]}" --class dev.posttrends.cli.Main "${submit_args[@]}" "$jar" "$@"
