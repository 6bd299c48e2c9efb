#!/usr/bin/env bash
# Soak test (not part of `mvn verify`): streams SOAK_DOCS documents (default 50,000) through
#   ./newsie extract --input-format jsonl --threads 2 -
# and samples the Java process's memory every SOAK_INTERVAL seconds, to show it stays flat.
#
# Documents are short so that 50,000 finish in about a quarter of an hour on 2 cores: every line of
# samples/*.txt with at most SOAK_MAX_WORDS words (default 20: headlines, datelines, short sentences,
# page furniture), repeated in order with fresh ids (soak-1, soak-2, ...), generated on the fly into a
# pipe (nothing is held in memory or on disk before newsie reads it).
#
# Writes to SOAK_DIR (default target/soak): memory.csv (elapsed_s, docs_done, rss_mb, heap_used_mb,
# old_gen_mb), out.jsonl (newsie's output, checked for count and order), newsie.err (summary line).
# Prints the samples' summary: RSS min/max/last, the linear trend of RSS against documents after the
# warm-up (first 10% of documents), and throughput.
#   bench/soak.sh                       # 50,000 documents
#   SOAK_DOCS=2000 SOAK_INTERVAL=2 bench/soak.sh
#   bench/soak.sh --generate > soak.jsonl  # only write the documents (spark/soak.sh runs them on Spark)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
docs="${SOAK_DOCS:-50000}"
interval="${SOAK_INTERVAL:-10}"
max_words="${SOAK_MAX_WORDS:-20}"
dir="${SOAK_DIR:-target/soak}"
threads="${SOAK_THREADS:-2}"
[ "${1:-}" = "--generate" ] || ./newsie --version >/dev/null   # build first, so the build is not sampled
generate() {
  # JSON Lines {"id": "soak-N", "text": LINE}; escapes backslash, quote and tab.
  awk -v docs="$docs" -v max_words="$max_words" '
    { sub(/\r$/, "") }
    NF > 0 && NF <= max_words {
      s = $0
      gsub(/\\/, "\\\\", s); gsub(/"/, "\\\"", s); gsub(/\t/, "\\t", s)
      lines[n++] = s
    }
    END {
      if (n == 0) { print "soak: no sample lines" > "/dev/stderr"; exit 1 }
      for (i = 1; i <= docs; i++) printf "{\"id\":\"soak-%d\",\"text\":\"%s\"}\n", i, lines[(i - 1) % n]
    }' samples/*.txt
}

if [ "${1:-}" = "--generate" ]; then
  generate
  exit 0
fi

mkdir -p "$dir"
csv="$dir/memory.csv"
out="$dir/out.jsonl"
: > "$out"

generate | ./newsie extract --input-format jsonl --threads "$threads" --doc-date 2024-06-14 -o "$out" - 2> "$dir/newsie.err" &
pid=$!   # ./newsie execs java: this is the JVM
start=$(date +%s.%N)
echo "elapsed_s,docs_done,rss_mb,heap_used_mb,old_gen_mb" > "$csv"
echo "soak: $docs documents (lines of samples/*.txt with <= $max_words words), --threads $threads, JVM pid $pid, sampling every ${interval}s into $csv" >&2
sample() {
  local rss now done heap old
  rss=$(awk '/^VmRSS:/ {printf "%.0f", $2 / 1024}' "/proc/$pid/status" 2>/dev/null) || return 0
  [ -n "$rss" ] || return 0
  now=$(date +%s.%N)
  done=$(wc -l < "$out")
  heap=""; old=""
  if command -v jstat >/dev/null 2>&1; then
    # jstat -gc columns: S0C S1C S0U S1U EC EU OC OU ...; used heap = S0U+S1U+EU+OU (kB)
    read -r heap old < <(jstat -gc "$pid" 2>/dev/null | awk 'NR == 2 {printf "%.0f %.0f\n", ($3 + $4 + $6 + $8) / 1024, $8 / 1024}') || true
  fi
  printf '%.1f,%d,%s,%s,%s\n' "$(echo "$now - $start" | bc)" "$done" "$rss" "$heap" "$old" >> "$csv"
}
while kill -0 "$pid" 2>/dev/null; do
  sample
  sleep "$interval"
done
status=0
wait "$pid" || status=$?
end=$(date +%s.%N)

echo "--- newsie (exit $status):"
cat "$dir/newsie.err"
lines=$(wc -l < "$out")
order_ok=$(awk -F'"id":"soak-' '{split($2, a, "\""); if (a[1] != NR) {print "no"; exit}} END {if (NR > 0) print "yes"}' "$out" | head -1)
echo "--- output: $lines records (expected $docs), ids in input order: $order_ok"
echo "--- memory samples ($csv):"
awk -F, -v docs="$docs" -v written="$lines" -v wall="$(echo "$end - $start" | bc)" '
  NR == 1 { next }
  { n++; t[n] = $1; d[n] = $2; r[n] = $3; h[n] = $4; o[n] = $5 }
  END {
    if (n == 0) { print "no samples"; exit 1 }
    min = max = r[1]
    for (i = 1; i <= n; i++) { if (r[i] < min) min = r[i]; if (r[i] > max) max = r[i] }
    printf "samples: %d over %.0f s; RSS MB min %d, max %d, last %d\n", n, t[n], min, max, r[n]
    # steady state: samples after the first 10%% of documents
    m = 0; sx = sy = sxx = sxy = 0; smin = 1e18; smax = 0; omin = 1e18; omax = 0
    for (i = 1; i <= n; i++) if (d[i] >= docs / 10 && d[i] < docs) {
      m++; sx += d[i]; sy += r[i]; sxx += d[i] * d[i]; sxy += d[i] * r[i]
      if (r[i] < smin) smin = r[i]; if (r[i] > smax) smax = r[i]
      if (o[i] != "") { if (o[i] + 0 < omin) omin = o[i]; if (o[i] + 0 > omax) omax = o[i] }
      if (first == "") first = i; last = i
    }
    if (m >= 3 && sxx * m - sx * sx > 0) {
      slope = (m * sxy - sx * sy) / (m * sxx - sx * sx)
      printf "after warm-up (%d samples, documents %d..%d): RSS MB min %d, max %d, mean %.0f; trend %+.1f MB per 10,000 documents\n", \
        m, d[first], d[last], smin, smax, sy / m, slope * 10000
      if (omax > 0) printf "old generation MB (used, sampled): min %d, max %d\n", omin, omax
      growth = slope * (d[last] - d[first])
      printf "verdict: %s (fitted growth over the window %+.0f MB, %.1f%% of mean RSS)\n", \
        (growth < 0.05 * sy / m ? "FLAT" : "GROWING"), growth, 100 * growth / (sy / m)
    } else {
      print "too few samples after warm-up for a trend (lower SOAK_INTERVAL)"
    }
    printf "throughput: %d documents in %.0f s wall (JVM start included): %.1f docs/s\n", written, wall, written / wall
  }' "$csv"
exit "$status"
