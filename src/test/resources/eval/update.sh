#!/usr/bin/env bash
# Refreshes the fixtures of NewsTripleScorerTest from the project's shared evaluation folder:
#   src/test/resources/eval/update.sh [SHARED_EVAL_DIR]     (default ../shared/eval)
# - news-triples-dev.jsonl: the news-triples development gold (22 Wikinews articles; annotations by the
#   project, texts Wikinews CC BY 2.5; see README.md here);
# - pred.jsonl: newsie's output on those articles at the time of the update (./newsie extract);
# - expected.json: what the reference scorer (score_news.py --json) says of pred.jsonl.
# The test then checks that `newsie eval` gives the reference scorer's numbers. Tests never read the shared folder.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../../../.." && pwd)"
shared="${1:-$root/../shared/eval}"
cp "$shared/news-triples/news-triples-dev.jsonl" "$here/news-triples-dev.jsonl"
chmod 644 "$here/news-triples-dev.jsonl"
python3 -c '
import json, sys
texts = {json.loads(l)["id"]: json.loads(l) for l in open(sys.argv[1])}
for l in open(sys.argv[2]):
    d = texts[json.loads(l)["id"]]
    print(json.dumps({"id": d["id"], "text": d["text"], "date": d.get("doc_date")}, ensure_ascii=False))
' "$shared/news-triples/news-triples-dev-texts.jsonl" "$here/news-triples-dev.jsonl" \
  | "$root/newsie" extract -q --input-format jsonl - > "$here/pred.jsonl"
python3 "$shared/news-triples/score_news.py" "$here/news-triples-dev.jsonl" "$here/pred.jsonl" --json > "$here/expected.json"
echo "updated: $(wc -l < "$here/pred.jsonl") documents; $(cat "$here/expected.json" | head -c 120)..."
