#!/usr/bin/env bash
# Hostile inputs at full size (issue 9): builds the cases that are too big or too slow for `mvn verify`
# (a gzip bomb of one 4 GB line, 50,000 nested HTML quotes, named pipes, a symlink loop, a full disk, a
# closed pipe, a graph larger than the heap) and checks that each run ends within a time limit with the
# right records and exit code. Not a test of the default build; run it by hand:
#
#   bench/hostile.sh            # all cases; inputs are built once under target/hostile/
#   LIMIT=90 bench/hostile.sh   # seconds a case may take (default 60)
#
# Prints one line per case (PASS/FAIL, seconds, what was seen) and exits 1 if any case failed.
set -uo pipefail
cd "$(dirname "$0")/.."
here="$(pwd)"
work="$here/target/hostile"
limit="${LIMIT:-60}"
mkdir -p "$work"
newsie="$here/newsie"
"$newsie" --version >/dev/null || { echo "hostile: cannot build newsie" >&2; exit 3; }

failures=0
report() { # name, ok (0/1), seconds, detail
  local verdict=PASS
  [ "$2" = 0 ] || { verdict=FAIL; failures=$((failures + 1)); }
  printf '%-4s %5.1fs  %-34s %s\n' "$verdict" "$3" "$1" "$4"
}
# runs a command under the time limit; sets code, secs; stdout/stderr in $work/out, $work/err
timed() {
  local start end
  start=$(date +%s.%N)
  timeout --kill-after=10 "$limit" "$@" >"$work/out" 2>"$work/err"
  code=$?
  end=$(date +%s.%N)
  secs=$(echo "$end - $start" | bc)
}
kinds() { # the error kinds (or "ok") of a JSON Lines file, in order
  python3 -c 'import json,sys
for line in open(sys.argv[1]):
    d = json.loads(line); print(d["id"], d.get("error", {}).get("kind", "ok"))' "$1" | tr '\n' ' '
}

# 8. one JSONL line of 4 GB, gzip-compressed (built once: about a minute)
bomb="$work/bomb.jsonl.gz"
if [ ! -s "$bomb" ]; then
  { printf '{"id":"bomb","text":"'; head -c 4000000000 /dev/zero | tr '\0' a
    printf '"}\n{"id":"after","text":"Vladimir Putin visited North Korea."}\n'; } | gzip -1 > "$bomb.tmp" && mv "$bomb.tmp" "$bomb"
fi
timed "$newsie" extract -q -o "$work/bomb.out" "$bomb"
got="exit $code; $(kinds "$work/bomb.out" 2>/dev/null)"
[ "$code" = 1 ] && [ "$got" = "exit 1; bomb.jsonl.gz:1 too-large after ok " ]
report "8 gzip bomb, one 4 GB line" $? "$secs" "$got($(du -h "$bomb" | cut -f1) compressed)"

# 11. 50,000 nested <blockquote> (1.25 MB): linear, and under --doc-timeout
deep="$work/deep"
mkdir -p "$deep"
python3 -c 'n = 50000
print("<html><body><article>" + "<blockquote>" * n + "Vladimir Putin visited North Korea." + "</blockquote>" * n + "</article></body></html>")' > "$deep/deep.html"
timed "$newsie" extract -q --doc-timeout 30 -o "$work/deep.out" "$deep/deep.html"
triples=$(python3 -c 'import json,sys; print(len(json.loads(open(sys.argv[1]).readline())["triples"]))' "$work/deep.out" 2>/dev/null)
[ "$code" = 0 ] && [ "$triples" = 1 ]
report "11 HTML nested 50,000 deep" $? "$secs" "exit $code; $(kinds "$work/deep.out" 2>/dev/null)triples $triples"
timed "$newsie" extract -q --doc-timeout 0.001 -o "$work/deep.out" "$deep/deep.html"
got="exit $code; $(kinds "$work/deep.out" 2>/dev/null)"
[ "$got" = "exit 1; deep.html timeout " ]
report "11 same page, --doc-timeout 0.001" $? "$secs" "$got"

# 9. a named pipe between two articles of a walked directory
fifodir="$work/fifo-dir"
rm -rf "$fifodir" && mkdir -p "$fifodir"
echo "Vladimir Putin visited North Korea." > "$fifodir/a.txt"
mkfifo "$fifodir/b.jsonl"
echo "Xi Jinping met Joe Biden." > "$fifodir/c.txt"
timed "$newsie" extract -q --doc-timeout 5 -o "$work/fifo.out" "$fifodir"
got="exit $code; $(kinds "$work/fifo.out" 2>/dev/null)"
[ "$got" = "exit 1; a.txt ok b.jsonl unreadable c.txt ok " ] && grep -q 'named pipe' "$work/fifo.out"
report "9 FIFO in a directory" $? "$secs" "$got"

# 2. a pipe named on the command line, on a terminal (the progress counter must not read it)
records="$work/records.jsonl"
python3 -c 'for i in range(196): print("{\"id\":\"r%d\",\"text\":\"Xi Jinping met Joe Biden in %d.\"}" % (i, 1900 + i))' > "$records"
if command -v script >/dev/null; then
  printf '#!/usr/bin/env bash\nexec "%s" extract --input-format jsonl -o "%s" <(cat "%s")\n' "$newsie" "$work/pipe.out" "$records" > "$work/pipe-case.sh"
  timed script -qec "bash $work/pipe-case.sh" /dev/null
  lines=$(wc -l < "$work/pipe.out" 2>/dev/null || echo 0)
  [ "$code" = 0 ] && [ "$lines" = 196 ]
  report "2 <(cat in.jsonl) on a terminal" $? "$secs" "exit $code; $lines of 196 documents"
else
  report "2 <(cat in.jsonl) on a terminal" 1 0 "no 'script' command to give newsie a terminal"
fi

# 10. a symbolic link loop: 6 files, each read once
loop="$work/loop"
rm -rf "$loop" && mkdir -p "$loop/d/sub/deeper"
for f in a b c; do echo "Putin visited Seoul in 200$((RANDOM % 9))." > "$loop/d/$f.txt"; done
for f in d e; do echo "Xi met Biden." > "$loop/d/sub/$f.txt"; done
echo "Kim met Putin." > "$loop/d/sub/deeper/f.txt"
ln -s .. "$loop/d/sub/loop"
timed "$newsie" extract -o "$work/loop.out" "$loop/d"
lines=$(wc -l < "$work/loop.out" 2>/dev/null || echo 0)
warnings=$(grep -c 'symbolic link loop' "$work/err")
[ "$code" = 0 ] && [ "$lines" = 6 ] && [ "$warnings" = 1 ]
report "10 symlink loop (ln -s .. d/sub/loop)" $? "$secs" "exit $code; $lines documents; $(grep -m1 warning "$work/err")"

# 3. write errors: a full disk, a closed pipe
echo "Vladimir Putin visited North Korea." > "$work/one.txt"
timed bash -c "'$newsie' extract '$work/one.txt' > /dev/full"
[ "$code" = 3 ] && grep -q 'cannot write standard output' "$work/err"
report "3 extract > /dev/full" $? "$secs" "exit $code; $(head -c 150 "$work/err")"
many="$work/many"
rm -rf "$many" && mkdir -p "$many"
for i in $(seq -w 1 300); do echo "Xi Jinping met Joe Biden in 1$i." > "$many/d$i.txt"; done
timed bash -c "'$newsie' extract --threads 1 '$many' | head -1 > /dev/null; echo \"newsie exit \${PIPESTATUS[0]}\" >&2"
[ "$(tail -1 "$work/err")" = "newsie exit 3" ] && grep -q 'broken pipe' "$work/err"
report "3 extract 300 files | head -1" $? "$secs" "$(grep -o 'stopped after [0-9]* documents' "$work/err"); $(tail -1 "$work/err")"
timed bash -c "'$newsie' graph samples/expected/*.json > /dev/full"
[ "$code" = 3 ] && grep -q 'cannot write standard output' "$work/err"
report "3 graph > /dev/full" $? "$secs" "exit $code; $(head -c 150 "$work/err")"

# 1. the output is one of the inputs
printf '{"id":"a","text":"Putin visited Seoul."}\n' > "$work/a.jsonl"
cp "$work/a.jsonl" "$work/b.jsonl"
timed "$newsie" extract -o "$work/b.jsonl" "$work/b.jsonl"
cmp -s "$work/a.jsonl" "$work/b.jsonl"
kept=$?
[ "$code" = 2 ] && [ "$kept" = 0 ]
report "1 extract -o b.jsonl b.jsonl" $? "$secs" "exit $code; input $([ "$kept" = 0 ] && echo kept || echo DESTROYED); $(head -c 120 "$work/err")"

# 12. a graph larger than the heap (a 256 MB heap here, so that it takes seconds, not minutes)
python3 - > "$work/wide.jsonl" <<'EOF'
import json
for d in range(3000):
    ents = [{"id": "e%d" % i, "type": "PERSON", "name": "Person %d-%d" % (d, i),
             "mentions": [{"text": "P", "start": 0, "end": 1, "sentence": 0}]} for i in range(100)]
    triples = [{"subject": {"id": "e%d" % i}, "predicate": "meet", "object": {"id": "e%d" % (i + 1)}, "text": "met",
                "sentence": i, "evidence": {"start": 0, "end": 10}, "negated": False, "modality": "asserted",
                "date": None, "confidence": 0.8, "rule": "verb-object"} for i in range(99)]
    print(json.dumps({"schema": "newsie/1", "id": "d%d" % d, "docDate": None, "entities": ents, "triples": triples}))
EOF
timed env NEWSIE_JAVA_OPTS="-Xmx256m -XX:+UseParallelGC" "$newsie" graph -o "$work/wide.graph" "$work/wide.jsonl"
[ "$code" = 3 ] && grep -q 'does not fit in memory' "$work/err" && ! grep -q 'at dev.newsie' "$work/err"
report "12 graph of 297,000 relations, 256 MB" $? "$secs" "exit $code; $(head -c 400 "$work/err")"

# 13. numeric options out of range
for args in "--max-chars 3000000000000000000" "--doc-timeout 1e10" "--doc-timeout NaN" "--doc-timeout 0.0001" "--types ,"; do
  # shellcheck disable=SC2086
  timed "$newsie" extract $args "$work/one.txt"
  [ "$code" = 2 ] && grep -q 'Invalid value' "$work/err"
  report "13 $args" $? "$secs" "exit $code; $(head -1 "$work/err")"
done

echo
if [ "$failures" = 0 ]; then echo "hostile: all cases passed"; else echo "hostile: $failures case(s) FAILED"; exit 1; fi
