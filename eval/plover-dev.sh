#!/usr/bin/env bash
# Scores newsie's event coding on the PLOVER gold-standard dev sentences (../shared/eval/plover-gsr-dev.jsonl)
# with the shared scorer (score_events.py), on both fixed halves and on the whole set.
#
#   eval/plover-dev.sh [OUTDIR]          (default: target/plover-dev)
#
# Halves: a record is in half "a" when the SHA-1 of its id (UTF-8, hex) is even, else in half "b".
# Rules were developed on half a; half b is the check. Input is built by the shared make_input.py
# (id, text, date = the record's doc_date), and newsie reads it as JSON Lines from standard input:
#   python3 ../shared/eval/make_input.py GOLD > in.jsonl
#   ./newsie extract -q --input-format jsonl --threads 2 - < in.jsonl > pred.jsonl
#   python3 ../shared/eval/score_events.py GOLD pred.jsonl
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
# the project's shared folder: NEWSIE_SHARED, else ../shared of this checkout (or of its parent, for a worktree)
shared="${NEWSIE_SHARED:-$here/../shared}"
[ -d "$shared/eval" ] || shared="$here/../../shared"
[ -d "$shared/eval" ] || { echo "plover-dev.sh: the shared folder (with eval/plover-gsr-dev.jsonl) not found: set NEWSIE_SHARED" >&2; exit 2; }
gold="$shared/eval/plover-gsr-dev.jsonl"
out="${1:-$here/target/plover-dev}"
mkdir -p "$out"
python3 - "$gold" "$out" <<'PY'
import hashlib, json, sys
gold, out = sys.argv[1], sys.argv[2]
halves = {"a": open(f"{out}/gold-a.jsonl", "w"), "b": open(f"{out}/gold-b.jsonl", "w")}
for line in open(gold, encoding="utf-8"):
    if line.strip():
        rid = json.loads(line)["id"]
        halves["a" if int(hashlib.sha1(rid.encode()).hexdigest(), 16) % 2 == 0 else "b"].write(line)
PY
python3 "$shared/eval/make_input.py" "$gold" > "$out/in.jsonl"
(cd "$here" && ./newsie extract -q --input-format jsonl --threads 2 - < "$out/in.jsonl" > "$out/pred.jsonl")
for part in a b; do
  echo "== half $part ($(wc -l < "$out/gold-$part.jsonl") records)"
  python3 "$shared/eval/score_events.py" "$out/gold-$part.jsonl" "$out/pred.jsonl" | sed '/records without output/s/; records without output: [0-9]*$//'
done
echo "== all ($(wc -l < "$gold") records)"
python3 "$shared/eval/score_events.py" "$gold" "$out/pred.jsonl"
