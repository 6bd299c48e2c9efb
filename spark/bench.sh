#!/usr/bin/env bash
# Spark throughput benchmark (not a test; run it on a quiet machine, it takes about 8 minutes): one corpus through
#   cli         ./newsie extract --threads 2 (the reference)
#   local       spark/run-local.sh on local[2] (SparkSubmit; driver and executor in one JVM)
#   standalone  spark/run-standalone.sh: a master and two workers of one core each (separate JVMs)
# Every Spark output is compared byte for byte with the command line's, and its ids checked (none lost or repeated).
# Prints, per engine: documents, tokens, wall time, start-up (pipeline load; for Spark also reading and ordering the
# input), throughput after start-up and its ratio to the command line's, and peak RSS per JVM that ran a pipeline.
#   spark/bench.sh                              # bench/corpus.jsonl + the Putin sample (61 documents), 5 times: 305
#   BENCH_REPEAT=1 BENCH_ENGINES=cli,local spark/bench.sh
# Environment: BENCH_REPEAT (default 5), BENCH_ENGINES (default cli,local,standalone), BENCH_DIR (default
# target/spark-bench), BENCH_PARTITIONS (--partitions of the Spark runs; default: the job's own choice).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
cd "$root"
repeat="${BENCH_REPEAT:-5}"
engines="${BENCH_ENGINES:-cli,local,standalone}"
dir="${BENCH_DIR:-target/spark-bench}"
partitions=()
[ -n "${BENCH_PARTITIONS:-}" ] && partitions=(--partitions "$BENCH_PARTITIONS")
rm -rf "$dir"
mkdir -p "$dir"
./newsie --version > /dev/null
build_spark_home
build_newsie_jar

# the corpus: bench/run.sh's (the Wikinews corpus and the scraped Putin article), repeated with fresh ids
corpus="$dir/corpus.jsonl"
{
  cat bench/corpus.jsonl
  awk 'BEGIN { printf "{\"id\": \"putin-visits-north-korea.txt\", \"date\": \"2024-06-14\", \"text\": \"" }
       { s = $0; sub(/\r$/, "", s); gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s); printf "%s\\n", s }
       END { print "\"}" }' samples/putin-visits-north-korea.txt
} > "$dir/once.jsonl"
for r in $(seq "$repeat"); do
  if [ "$r" -eq 1 ]; then cat "$dir/once.jsonl"; else sed "s/^{\"id\": \"\([^\"]*\)\"/{\"id\": \"\1~$r\"/" "$dir/once.jsonl"; fi
done > "$corpus"
docs=$(wc -l < "$corpus")
echo "bench: $docs documents ($repeat x $(wc -l < "$dir/once.jsonl")), engines $engines, in $dir" >&2

field() { sed -n "s/^ *\"$2\" : \([0-9.]*\).*/\1/p" "$1" | head -1; }
rows=()
cli_rate=""
if [[ ",$engines," == *",cli,"* ]]; then
  start=$(date +%s.%N)
  /usr/bin/time -f '%M' -o "$dir/cli.rss" ./newsie extract --threads 2 --input-format jsonl -o "$dir/cli.jsonl" "$corpus" 2> "$dir/cli.err" || true
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  summary=$(grep '^newsie: ' "$dir/cli.err" | tail -1)
  echo "cli: $summary" >&2
  tokens=$(echo "$summary" | sed -n 's/.* \([0-9]*\) tokens in .*/\1/p')
  total=$(echo "$summary" | sed -n 's/.* tokens in \([0-9.]*\) s .*/\1/p')
  load=$(echo "$summary" | sed -n 's/.*pipeline load \([0-9.]*\) s.*/\1/p')
  cli_rate=$(echo "scale=1; $tokens / ($total - $load)" | bc)
  rows+=("$(printf '%-11s %6d %8d %7.1f %8.1f %10s %12.0f %6s %s' cli "$docs" "$tokens" "$wall" "$load" "-" "$cli_rate" "1.00" \
    "$(tail -1 "$dir/cli.rss" | awk '{printf "%.0f MB (the JVM)", $1 / 1024}')")")
fi

spark_engine() {
  local name=$1 script=$2
  shift 2
  local out="$dir/$name" metrics="$dir/$name.json" start wall
  start=$(date +%s.%N)
  "$@" "$script" "$corpus" "$out" --input-format jsonl --metrics "$metrics" "${partitions[@]}" 2> "$dir/$name.err" || true
  wall=$(echo "$(date +%s.%N) - $start" | bc)
  grep '^newsie-spark: \|^ids: \|^OK\|^FAILED\|^spark: cluster' "$dir/$name.err" | sed "s/^/$name: /" >&2
  [ -f "$metrics" ] || { echo "$name: no metrics, see $dir/$name.err" >&2; return; }
  local tokens input extract load rate ratio rss same
  tokens=$(field "$metrics" tokens)
  input=$(field "$metrics" inputSeconds)
  extract=$(field "$metrics" extractSeconds)
  load=$(field "$metrics" longestPipelineLoadSeconds)
  rate=$(echo "scale=1; $tokens / ($extract - $load)" | bc)
  ratio=$([ -n "$cli_rate" ] && echo "scale=2; $rate / $cli_rate" | bc || echo "-")
  rss=$(sed -n '/"peakRssBytes"/,/}/s/^ *"\([^"]*\)" : \([0-9][0-9]*\).*/executor \1 \2/p' "$metrics" | awk '{printf "%s%s %s %.0f MB", (NR > 1 ? ", " : ""), $1, $2, $3 / 1048576}')
  if [ -f "$dir/cli.jsonl" ]; then
    same=$(cat "$out"/part-* | cmp -s - "$dir/cli.jsonl" && echo "identical to cli" || echo "DIFFERS from cli")
    echo "$name: output $same" >&2
  fi
  rows+=("$(printf '%-11s %6d %8d %7.1f %8.1f %10.1f %12.0f %6s %s' "$name" "$docs" "$tokens" "$wall" "$load" "$input" "$rate" "$ratio" "$rss")")
}
if [[ ",$engines," == *",local,"* ]]; then
  spark_engine local spark/run-local.sh env NEWSIE_SPARK_MASTER='local[2]'
  java -cp target/newsie.jar dev.newsie.spark.IdCheck --input-format jsonl --output "$dir/local" "$corpus" | sed 's/^/local: /' >&2
fi
if [[ ",$engines," == *",standalone,"* ]]; then
  spark_engine standalone spark/run-standalone.sh env
fi

echo
printf '%-11s %6s %8s %7s %8s %10s %12s %6s %s\n' engine docs tokens "wall s" "load s" "input s" "tokens/s*" "ratio" "peak RSS"
printf '%s\n' "${rows[@]}"
echo "* after start-up: cli tokens / (run time - pipeline load); Spark tokens / (extraction stage - longest pipeline load)."
echo "  load s: pipeline load (Spark: the longest of its executors, paid inside the extraction stage); input s: Spark"
echo "  reading, counting and ordering the input before extraction; wall s: the whole command, JVM start included."
