#!/usr/bin/env bash
# newsie's extraction job on a Spark standalone cluster on this machine: a master and two workers (one core each),
# each in its own JVM, started from the Spark home that spark/env.sh builds from Maven Central, so documents and
# results really cross between JVMs and executors run apart from the driver. Submits the job with SparkSubmit,
# checks the output (every input document exactly once: dev.newsie.spark.IdCheck, for local inputs), stops the
# cluster and leaves no process behind, also when interrupted.
#   spark/run-standalone.sh INPUT OUTPUT_DIR [ExtractJob options]
# Environment: NEWSIE_WORKERS (default 2), NEWSIE_EXECUTOR_MEMORY (default 2g per executor: one CoreNLP pipeline),
# NEWSIE_SPARK_CONF (more spark-submit arguments), NEWSIE_KILL_EXECUTOR_AFTER=SECONDS (kill -9 one executor once,
# that many seconds after submitting: Spark must run its tasks again elsewhere and still lose nothing).
# Logs of the master, workers and executors stay in target/spark-standalone/run-*/. Exit code: the job's, or 4 when
# the check finds a document lost, repeated or unknown.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
if [ $# -lt 2 ] || [ "${1#-}" != "$1" ]; then
  sed -n '2,13p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
input=$1 output=$2
shift 2
workers="${NEWSIE_WORKERS:-2}"
executor_memory="${NEWSIE_EXECUTOR_MEMORY:-2g}"
build_spark_home
build_newsie_jar

mkdir -p "$root/target/spark-standalone"
run_dir="$(mktemp -d "$root/target/spark-standalone/run-XXXXXX")"
pids=()

# Stops what this script started, and only that: the workers (each stops its executors), then the master;
# then any executor JVM of ours still alive (children of the workers, recorded while they ran).
executors=()
record_executors() {
  local w
  for w in "${worker_pids[@]:-}"; do
    [ -n "$w" ] || continue
    while read -r child; do
      [ -n "$child" ] && [[ " ${executors[*]:-} " != *" $child "* ]] && executors+=("$child")
    done < <(pgrep -P "$w" 2>/dev/null || true)
  done
  return 0
}
stop_cluster() {
  local pid
  if [ -n "${killer:-}" ]; then
    pkill -P "$killer" 2>/dev/null || true   # its sleep
    kill "$killer" 2>/dev/null || true
  fi
  record_executors
  for pid in "${worker_pids[@]:-}" "${master_pid:-}"; do
    [ -n "$pid" ] && kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]:-}" "${executors[@]:-}"; do
    [ -n "$pid" ] || continue
    for _ in $(seq 50); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
    if kill -0 "$pid" 2>/dev/null; then
      kill -9 "$pid" 2>/dev/null || true
    fi
  done
  # an executor started after the last look: its working directory is in this run's directory
  for proc in /proc/[0-9]*; do
    case "$(readlink "$proc/cwd" 2>/dev/null)" in
      "$run_dir"/*) executors+=("${proc#/proc/}"); kill -9 "${proc#/proc/}" 2>/dev/null || true ;;
    esac
  done
  local left=0
  for pid in "${pids[@]:-}" "${executors[@]:-}"; do
    if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
      left=$((left + 1))
    fi
  done
  if [ "$left" -eq 0 ]; then
    echo "spark: cluster stopped (master, $workers workers, their executors); no process left" >&2
  else
    echo "spark: $left processes of the cluster still running" >&2
  fi
}
trap stop_cluster EXIT
trap 'exit 130' INT TERM

master_port="$(free_port)"
master_ui="$(free_port)"
master_url="spark://127.0.0.1:$master_port"
spark_class -Xmx512m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$master_port" --webui-port "$master_ui" \
  > "$run_dir/master.log" 2>&1 &
master_pid=$!
pids+=("$master_pid")
wait_for_log "$run_dir/master.log" "I have been elected leader" 90 "$master_pid"
worker_pids=()
for i in $(seq "$workers"); do
  mkdir -p "$run_dir/worker-$i"
  spark_class -Xmx512m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 --memory "$executor_memory" \
    --work-dir "$run_dir/worker-$i" --webui-port "$(free_port)" "$master_url" > "$run_dir/worker-$i.log" 2>&1 &
  worker_pids+=("$!")
  pids+=("$!")
done
for i in $(seq "$workers"); do
  wait_for_log "$run_dir/worker-$i.log" "Successfully registered with master" 90 "${worker_pids[$((i - 1))]}"
done
echo "spark: standalone cluster up: master $master_url, $workers workers of 1 core and $executor_memory (logs in $run_dir)" >&2

if [ -n "${NEWSIE_KILL_EXECUTOR_AFTER:-}" ]; then
  (
    sleep "$NEWSIE_KILL_EXECUTOR_AFTER"
    victim="$(pgrep -P "${worker_pids[0]}" | head -1 || true)"
    if [ -n "$victim" ]; then
      echo "spark: killing executor JVM $victim (kill -9) to show that Spark runs its tasks again" >&2
      kill -9 "$victim"
    fi
  ) &
  killer=$!
fi

read -r -a extra <<< "${NEWSIE_SPARK_CONF:-}"
status=0
(spark_class -Xmx1g -XX:+UseParallelGC org.apache.spark.deploy.SparkSubmit \
  --master "$master_url" --deploy-mode client \
  --executor-memory "$executor_memory" --executor-cores 1 --total-executor-cores "$workers" \
  --conf spark.driver.host=127.0.0.1 --conf spark.driver.bindAddress=127.0.0.1 --conf spark.ui.enabled=false \
  --conf spark.executor.extraJavaOptions=-XX:+UseParallelGC \
  "${extra[@]}" \
  --class dev.newsie.spark.ExtractJob "$newsie_spark_jar" --input "$input" --output "$output" "$@") || status=$?
record_executors

# the check: every input document exactly once (local inputs only: IdCheck reads them with newsie's own code)
if [ "$status" -le 1 ] && [ -d "$output" ] && [ "${input#*://}" = "$input" ]; then
  check=(java -cp "$root/target/newsie.jar" dev.newsie.spark.IdCheck --output "$output")
  args=("$@")
  for ((i = 0; i < ${#args[@]}; i++)); do
    case "${args[$i]}" in
      --input-format|--id-field|--max-chars) check+=("${args[$i]}" "${args[$((i + 1))]:-}"); i=$((i + 1)) ;;
      --input-format=*|--id-field=*|--max-chars=*) check+=("${args[$i]}") ;;
    esac
  done
  case " ${check[*]} " in
    *parquet*) echo "spark: Parquet input: no id check" >&2 ;;
    *)
      IFS=',' read -r -a given <<< "$input"
      "${check[@]}" "${given[@]}" >&2 || status=4 ;;
  esac
fi
exit "$status"
