#!/usr/bin/env bash
# newsie's extraction job on Spark in one JVM: SparkSubmit (what `spark-submit` runs) on local[*] with the Spark home
# that spark/env.sh builds from Maven Central. Writes JSON Lines part files under OUTPUT_DIR.
#   spark/run-local.sh INPUT OUTPUT_DIR [ExtractJob options]
#   spark/run-local.sh bench/corpus.jsonl target/out --doc-date 2024-06-14 --graph target/graph.ttl --graph-format turtle
# Environment: NEWSIE_SPARK_MASTER (default local[*]), NEWSIE_DRIVER_MEMORY (default 2g: this JVM also runs the
# pipeline), NEWSIE_SPARK_CONF (more spark-submit arguments, e.g. "--conf spark.task.maxFailures=4").
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [ $# -lt 2 ] || [ "${1#-}" != "$1" ]; then
  sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
input=$1 output=$2
shift 2
build_spark_home
build_newsie_jar
read -r -a extra <<< "${NEWSIE_SPARK_CONF:-}"
exec java "-Xmx${NEWSIE_DRIVER_MEMORY:-2g}" -XX:+UseParallelGC "${spark_java_opts[@]}" \
  -cp "$SPARK_HOME/conf:$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit \
  --master "${NEWSIE_SPARK_MASTER:-local[*]}" \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  "${extra[@]}" \
  --class dev.newsie.spark.ExtractJob "$newsie_spark_jar" --input "$input" --output "$output" "$@"
