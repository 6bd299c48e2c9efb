#!/usr/bin/env bash
# Regenerates samples/expected/*.json from the current build. Run after a deliberate change to
# extraction, then review `git diff samples/expected` before committing: SamplesTest compares exactly.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p samples/expected
grep -v '^#' samples/samples.tsv | while IFS=$'\t' read -r file date _; do
  ./newsie extract --quiet --pretty --doc-date "$date" "samples/$file" > "samples/expected/${file%.txt}.json"
  echo "samples/expected/${file%.txt}.json"
done
