#!/usr/bin/env bash
# Scores newsie on the constructed news sets of eval/constructed/ (see its README) with `newsie eval`.
#
#   eval/constructed.sh [OUTDIR [SET...]]   (default: target/constructed, every set)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
out="${1:-$here/target/constructed}"
shift || true
sets=("$@")
if [ ${#sets[@]} -eq 0 ]; then
  sets=(polwire setb setc setd sete setf setg seth seti setj setk setl setm setn seto setp setq setr sets sett setu setv setw setx sety setz setaa setab setac setad setae setaf setag setah setai setaj setak setal setam setan)
fi
mkdir -p "$out"
cd "$here"
for set in "${sets[@]}"; do
  [ -f "eval/constructed/$set-texts.jsonl" ] || { echo "no such set: $set" >&2; exit 2; }
  ./newsie extract -q --input-format jsonl --threads 2 - < "eval/constructed/$set-texts.jsonl" > "$out/$set-pred.jsonl"
  echo "== $set"
  ./newsie eval --gold "eval/constructed/$set-gold.jsonl" "$out/$set-pred.jsonl"
done
