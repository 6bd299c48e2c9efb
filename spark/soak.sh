#!/usr/bin/env bash
# Soak run on the standalone cluster (not a test; about 4 minutes on 2 cores): bench/soak.sh's 50,000 short documents
# (lines of samples/*.txt, fresh ids) through spark/run-standalone.sh, which checks that no id is lost or repeated
# (dev.newsie.spark.IdCheck) and stops the cluster. Prints the time, documents/s and each executor's peak RSS.
#   spark/soak.sh                                   # 50,000 documents
#   SOAK_DOCS=200 spark/soak.sh                     # a quick check
#   NEWSIE_KILL_EXECUTOR_AFTER=120 spark/soak.sh    # and kill -9 one executor two minutes in
# Environment: SOAK_DOCS (default 50000), SOAK_DIR (default target/spark-soak), and run-standalone.sh's.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
docs="${SOAK_DOCS:-50000}"
dir="${SOAK_DIR:-target/spark-soak}"
rm -rf "$dir"
mkdir -p "$dir"
SOAK_DOCS="$docs" bench/soak.sh --generate > "$dir/soak.jsonl"
echo "soak: $(wc -l < "$dir/soak.jsonl") documents in $dir/soak.jsonl" >&2
start=$(date +%s.%N)
status=0
spark/run-standalone.sh "$dir/soak.jsonl" "$dir/out" --input-format jsonl --doc-date 2024-06-14 \
  --metrics "$dir/metrics.json" "$@" 2> >(tee "$dir/run.err" >&2) || status=$?
wall=$(echo "$(date +%s.%N) - $start" | bc)
sleep 1
echo "--- soak (exit $status): $docs documents in $(printf '%.0f' "$wall") s wall, cluster start and stop included:" \
  "$(echo "scale=1; $docs / $wall" | bc) documents/s"
grep -h '^newsie-spark: \|^ids: \|^OK\|^FAILED\|killing executor' "$dir/run.err" || true
sed -n '/"peakRssBytes"/,/}/s/^ *"\([^"]*\)" : \([0-9][0-9]*\).*/\1 \2/p' "$dir/metrics.json" \
  | awk '{printf "peak RSS of executor %s: %.0f MB\n", $1, $2 / 1048576}'
exit "$status"
