#!/usr/bin/env bash
# Throughput benchmark: newsie vs the stock CoreNLP OpenIE pipeline vs the tokenize,ssplit,pos floor,
# same documents, same threads, one command (see README, "Speed"). Not a test; takes about 9 minutes
# (three timed passes per engine, the median counts: --passes).
#   bench/run.sh                      # default corpus, --threads 2
#   bench/run.sh --threads 1 --engines newsie,floor samples/
# Also "names only": newsie's NER CRF alone (no dates, no parsing), the share of the work no sentence can skip.
# Each engine runs in a fresh child JVM: newsie with ./newsie's default options (-Xmx1536m -XX:+UseParallelGC,
# change with --newsie-jvm), the stock pipelines with -Xmx8g (--stock-jvm); bench/run.sh --help lists all.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$here"
./newsie --version >/dev/null   # builds target/newsie.jar when a source is newer
has_input=no
for a in "$@"; do
  case "$a" in -h|--help|-V|--version) has_input=yes ;; esac
done
# positional arguments given? (anything not an option or an option's value)
args=("$@")
for ((i = 0; i < ${#args[@]}; i++)); do
  case "${args[$i]}" in
    --threads|--warmup|--passes|--engines|--models|--newsie-jvm|--stock-jvm) i=$((i + 1)) ;;
    -*) ;;
    *) has_input=yes ;;
  esac
done
if [ "$has_input" = no ]; then
  set -- "$@" samples/putin-visits-north-korea.txt bench/corpus.jsonl
fi
exec java -Xmx256m -Dnewsie.models="$here/models" \
  -cp target/newsie.jar dev.newsie.bench.Benchmark "$@"
