#!/usr/bin/env python3
"""Builds newsie's event-coding tables in models/ from third-party dictionaries plus newsie's own extras.

  python3 models/tools/build-event-coding.py EVENT_CODING_DIR [MODELS_DIR]

EVENT_CODING_DIR holds the third-party files (the project's shared data/event-coding/):
  CAMEO2PLOVER-2021.txt            CAMEO -> PLOVER table of the PLOVER manual (openeventdata/PLOVER), CC BY-SA 4.0
  CAMEO.verbpatterns.150430.txt    PETRARCH-2's CAMEO verb dictionary (openeventdata/petrarch2), MIT
  Phoenix.agents.txt               PETRARCH-2's agent words -> sector codes, MIT
  Phoenix.Countries.actors.txt     PETRARCH-2's country actor dictionary (dated roles of named people), MIT
  Phoenix.International.actors.txt PETRARCH-2's international actors (IGOs and their officers), MIT
  Phoenix.MilNonState.actors.txt   PETRARCH-2's non-state armed groups, MIT
MODELS_DIR (default: the models/ folder this script is in) gives newsie's inputs and receives the output:
  reads  relation-types.tsv (hand-made types: their names are reused), countries.tsv, lexicon/light-verbs.txt,
         event-extras.tsv, agent-extras.tsv, actor-extras.tsv (newsie's own additions and corrections, CC0)
  writes event-codes.tsv      CAMEO code -> newsie relation type, PLOVER type, mode, context (CC BY-SA 4.0)
         event-predicates.tsv predicate (verb, verb + particle/preposition, verb + object noun) -> CAMEO code (MIT)
         actor-sectors.tsv    agent words -> sector ("officials" GOV, "rebels" REB, "troops" MIL) (MIT)
         actors.tsv           named actors -> dated country/sector codes ("Vladimir Putin" RUSGOV 2000-05-07..) (MIT)

Run by a developer when a source changes; newsie reads only the generated files. What is dropped and why is
written into each output's header and models/README.md.
"""
import collections, os, re, sys

# ---------------------------------------------------------------------------------------------------------
# PLOVER event types. The 2021 table names some types differently from the PLOVER manual's categories that the
# PLOVER gold-standard records and newsie's relation-types.tsv use: map them back.
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "DEMAND", "DISAPPROVE",
                "REJECT", "THREATEN", "PROTEST", "MOBILIZE", "SANCTION", "COERCE", "ASSAULT", "FIGHT", "INVESTIGATE"}


def plover_name(code, name):
    """The 2021 table's name -> the PLOVER category newsie uses ("ACCUSE" is INVESTIGATE for 09x, DISAPPROVE for 11x)."""
    if name == "REQUEST":
        return "DEMAND"
    if name == "ACCUSE":
        return "INVESTIGATE" if code.startswith("09") else "DISAPPROVE"
    if name == "ASSAULT" and code.startswith("19"):
        return "FIGHT"  # CAMEO 19 "fight" (conventional military force) is PLOVER's FIGHT
    return name


def slug(text):
    text = re.sub(r"\(.*?\)", "", text.lower())
    text = text.replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


def read_cameo_plover(path):
    """CAMEO code -> (plover, mode, context, description); codes outside PLOVER (01x, 02x) are not listed."""
    rows = {}
    for line in open(path, encoding="utf-8"):
        m = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,\s*([^,]*),\s*([^#]*?)\s*#\s*(.*)$", line.rstrip())
        if not m:
            continue
        code, name, mode, context, desc = m.groups()
        plover = plover_name(code, name)
        mode = mode.strip()
        if mode in ("investigate", "disapprove"):
            mode = ""  # the 2021 table's ACCUSE modes that only restate the category newsie names
        context = ";".join(c.strip() for c in context.split(";") if c.strip())
        if desc.strip().upper() == "REQUEST":
            desc = "Demand"
        if code not in rows:  # 175 is listed twice, identically
            rows[code] = (plover, mode, context, desc.strip())
    return rows


def read_tsv(path, columns):
    out = []
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cells = line.rstrip("\n").split("\t")
        out.append((cells + [""] * columns)[:columns])
    return out


def hand_types(models):
    """Hand-made event types of relation-types.tsv: name -> (symmetric, plover, cameo, mode)."""
    out = {}
    for name, kind, symmetric, _wd, plover, cameo, mode, _meaning in read_tsv(os.path.join(models, "relation-types.tsv"), 8):
        if kind == "event" and plover not in ("", "-"):
            out[name] = (symmetric == "yes", plover, cameo, "" if mode == "-" else mode)
    return out


# ---------------------------------------------------------------------------------------------------------
# CAMEO verb dictionary (PETRARCH-2 format: "--- NAME [code] ---" blocks of verbs, then "- ... * ... [code]" patterns)
# The Phoenix actor dictionaries were made in early 2015 (their last dated role starts 2015-02-17): a role open then
# ("PUTIN_ [RUSGOV 120507-]") is known to hold until about then, not in 2024. Open roles are closed at the end of 2016;
# actor-extras.tsv restates the people whose roles continue or changed.
OPEN_ROLES_UNTIL = "2016-12-31"


def actor_key(name):
    """The lookup key newsie uses (dev.newsie.entities.ActorDictionary.key): upper case, no periods, one space."""
    key = " ".join(name.upper().replace(".", "").replace("\u2019", "'").split())
    return key[4:] if key.startswith("THE ") else key


PREPOSITIONS = {"with", "to", "against", "for", "from", "on", "into", "over", "toward", "towards", "between", "alongside",
                "of", "in", "at", "by", "about", "upon", "onto", "across", "through", "under", "after", "behind"}
PARTICLES = {"up", "down", "off", "out", "over", "back", "away", "in", "on", "aside", "forward", "through", "around"}
WORD = re.compile(r"^[a-z][a-z'-]*$")


def clean_code(code):
    code = code.strip().split(":")[0]  # "043:042": the first code is the source's, the direction newsie keeps
    return code if re.fullmatch(r"\d{3,4}", code) else None


def read_synsets(lines):
    synsets, name = {}, None
    for line in lines:
        s = line.split("#")[0].strip()
        if s.startswith("&"):
            name = s[1:].strip()
            synsets[name] = []
        elif name and s.startswith("+"):
            synsets[name].append(s[1:].rstrip("_").replace("_", " ").lower())
        elif not s:
            continue
        elif s.startswith("---"):
            break
    return synsets


def verb_forms(word):
    """'+MEET_WITH {+MET_WITH ...}' -> ('meet', 'with'): the verb and its particle or preposition."""
    parts = word.lstrip("+").rstrip("_").lower().split("_")
    parts = [p for p in parts if p]
    return parts[0], parts[1:]


def read_verb_dictionary(path):
    """Blocks: [(block name, block code, [(verb words, own code)], [(pattern tokens, code, comment verbs)])]."""
    lines = open(path, encoding="latin-1").read().split("\n")
    start = next(i for i, l in enumerate(lines) if "VERB PATTERNS" in l)
    synsets = read_synsets(lines[:start])
    blocks, current = [], None
    for line in lines[start + 1:]:
        raw = line.rstrip()
        head = re.match(r"^---\s*([^\s\[]+)\s*\[([^\]]*)\]", raw)
        if head:
            current = (head.group(1), head.group(2).strip(), [], [])
            blocks.append(current)
            continue
        if raw.startswith("---"):
            current = None  # a block without a code ("--- DEFEND ###"): skipped
            continue
        if current is None or not raw.strip() or raw.lstrip().startswith("#"):
            continue
        body, _, comment = raw.partition("#")
        body = body.strip()
        if body.startswith("-"):
            m = re.match(r"^-\s*(.*?)\s*\[([^\]]*)\]\s*$", body)
            if m:
                comment_verbs = {w.lower().rstrip(",") for w in re.findall(r"\b([A-Z][A-Z_]+)\b", comment)}
                current[3].append((m.group(1).split(), m.group(2).strip(), comment_verbs))
            continue
        m = re.match(r"^(\+?[A-Z][A-Z0-9_'\-]*)\s*(\[[^\]]*\])?", body)
        if m:
            own = m.group(2)[1:-1].strip() if m.group(2) else None
            current[2].append((m.group(1), own))
    return blocks, synsets


def expand(token, synsets):
    """A pattern word: '&WEAPON' -> its synonym set, 'TALKS_' -> ['talks']."""
    if token.startswith("&"):
        return synsets.get(token[1:].rstrip("_"), [])
    return [token.rstrip("_").replace("_", " ").lower()]


def singular(word):
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss") and not word.endswith("us"):
        return word[:-1]
    return word


def predicates_of(blocks, synsets, light_verbs):
    """Predicate -> (code, how, block). What newsie's patterns can write is what is kept:
    verb; verb + particle or preposition; verb + object noun (the last word of the pattern's noun phrase);
    verb + object noun + preposition."""
    candidates = collections.defaultdict(list)  # predicate -> [(specificity, code, how, block)]
    dropped = collections.Counter()
    for name, block_code, verbs, patterns in blocks:
        block_default = clean_code(block_code)
        by_verb = {}
        for word, own in verbs:
            verb, particles = verb_forms(word)
            if not WORD.match(verb) or any(not WORD.match(p) for p in particles):
                dropped["verb with odd characters"] += 1
                continue
            code = clean_code(own) if own else block_default
            by_verb[(verb, tuple(particles))] = code
        # a verb of a block without a default code takes the CAMEO root most of its patterns use
        pattern_roots = collections.Counter(c[:2] for _t, c, _v in patterns if clean_code(c))
        majority = None
        if pattern_roots:
            root, n = pattern_roots.most_common(1)[0]
            if n >= 3 and n * 2 > sum(pattern_roots.values()):
                majority = root + "0"
        for (verb, particles), code in by_verb.items():
            key = " ".join((verb,) + particles)
            if code:
                candidates[key].append((0, code, "verb+particle" if particles else "verb", name))
            elif majority and not particles:
                candidates[key].append((1, majority, "verb (majority of its patterns)", name))
        simple_verbs = [v for (v, p) in by_verb if not p]
        for tokens, pcode, comment_verbs in patterns:
            code = clean_code(pcode)
            if not code:
                continue
            if not tokens or tokens[0] != "*":
                dropped["pattern with words before the verb"] += 1
                continue
            rest = tokens[1:]
            if rest and rest[-1] == "+":
                rest = rest[:-1]
            if any(t in ("$", "+", "%", "^") or t.startswith(("$", "+", "%", "^")) or "*" in t for t in rest):
                dropped["pattern with actors or skips inside"] += 1
                continue
            words = [w for t in rest for w in expand(t, synsets)] if len(rest) == 1 else None
            if not rest:
                continue
            own_verbs = [v for v in simple_verbs if v in comment_verbs] or simple_verbs
            if len(rest) == 1 and rest[0].rstrip("_").lower() in PREPOSITIONS:
                forms = [rest[0].rstrip("_").lower()]
                how = "verb+preposition"
            elif rest[0].rstrip("_").lower() == "to":
                dropped["pattern of a verb governing another ('* TO MEET'): the governed verb decides"] += 1
                continue
            elif len(rest) <= 3 and rest[-1].rstrip("_").lower() in PREPOSITIONS and len(rest) >= 2:
                nouns = expand(rest[-2], synsets)
                forms = [singular(n.split()[-1]) + " " + rest[-1].rstrip("_").lower() for n in nouns]
                how = "verb+noun+preposition"
            elif len(rest) <= 3:
                nouns = expand(rest[-1], synsets)
                forms = [singular(n.split()[-1]) for n in nouns]
                how = "verb+noun"
            else:
                dropped["pattern longer than verb + noun + preposition"] += 1
                continue
            for verb in own_verbs:
                for form in forms:
                    if not all(WORD.match(w) for w in form.split()):
                        continue
                    candidates[verb + " " + form].append((len(rest), code, how, name))
    table = {}
    for key, cands in candidates.items():
        best = min(c[0] for c in cands)
        top = [c for c in cands if c[0] == best]
        codes = collections.Counter(c[1] for c in top)
        code = sorted(codes.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
        how, block = next((c[2], c[3]) for c in top if c[1] == code)
        table[key] = (code, how, block)
    return table, dropped


# ---------------------------------------------------------------------------------------------------------
# Phoenix agents and actors
ROLE_PREFIX_NOT_COUNTRY = {"IGO", "NGO", "IMG", "MNC", "INT", "KKL", "MEA", "AFR", "ASA", "EUR", "LAM", "NAF", "SAS",
                           "SEA", "WAF", "EAF", "CAF", "SAF", "CAS", "CRB", "NMR", "PGS", "BLK", "BAL", "CEU", "SCN",
                           "WST", "ELI", "UIS", "REF", "---"}


def read_agents(path):
    """agent words (lower case) -> sector (the first 3-letter code after '~')."""
    subst, out = {}, {}
    for line in open(path, encoding="latin-1"):
        s = line.split("#")[0].strip()
        if not s:
            continue
        m = re.match(r"^!(\w+)!\s*=\s*(.*)$", s)
        if m:
            subst[m.group(1)] = [w.strip() for w in m.group(2).split(",")]
            continue
        m = re.match(r"^(.*?)\s*(\{[^}]*\})?\s*\[~([A-Z]{3})[A-Z]*\]\s*$", s)
        if not m:
            continue
        phrase, plurals, sector = m.group(1).strip(), m.group(2), m.group(3)
        variants = [phrase]
        for key, values in subst.items():
            if "!" + key + "!" in phrase:
                variants = [v.replace("!" + key + "!", "_" + w if not v.startswith("!" + key) else w) for v in variants for w in values]
        forms = set()
        for v in variants:
            v = v.rstrip("_").replace("__", "_")
            words = [w for w in v.replace("_", " ").lower().split() if w]
            if not words or not all(re.fullmatch(r"[a-z][a-z.'-]*", w) for w in words):
                continue
            forms.add(" ".join(words))
            if not v.endswith("_") and not phrase.endswith("_"):
                forms.add(" ".join(words[:-1] + [plural(words[-1])]))
        if plurals and plurals != "{}":
            for p in plurals[1:-1].split():
                words = p.rstrip("_").replace("_", " ").lower().split()
                if words:
                    forms.add(" ".join(words))
        for f in forms:
            out.setdefault(f, sector)
    return out


def plural(word):
    if word.endswith("man"):
        return word[:-3] + "men"
    if word.endswith("y") and len(word) > 2 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "ch", "sh")):
        return word + "es"
    return word + "s"


DATE_RANGE = re.compile(r"^(?:([<>])(\d{6,8})|(\d{6,8})-(\d{6,8}))$")


def iso_date(d):
    """Phoenix dates are YYMMDD (00-29 -> 20YY, else 19YY) or YYYYMMDD."""
    if len(d) == 8:
        y, md = d[:4], d[4:]
    elif len(d) == 6:
        y = ("20" if int(d[:2]) < 30 else "19") + d[:2]
        md = d[2:]
    else:
        return None
    m, day = int(md[:2]), int(md[2:])
    if not (1 <= m <= 12 and 1 <= day <= 31):
        return None
    return f"{y}-{md[:2]}-{md[2:]}"


def parse_code(text):
    """'RUSGOV 991231-080507' -> ('RUSGOV', from, to); '>080508' and '<061231' open one end; None if unusable."""
    parts = text.split()
    if not parts or not re.fullmatch(r"[A-Z]{3,15}|---", parts[0]):
        return None
    code, start, end = parts[0], "", ""
    if len(parts) > 1:
        m = DATE_RANGE.match(parts[1])
        if not m:
            return None
        if m.group(1) == ">":
            start = iso_date(m.group(2))
        elif m.group(1) == "<":
            end = iso_date(m.group(2))
        else:
            start, end = iso_date(m.group(3)), iso_date(m.group(4))
        if start is None or end is None:
            return None
    return code, start or "", end or ""


def name_form(s):
    s = s.strip().lstrip("+").strip()
    s = re.sub(r"\s+", " ", s.replace("_", " ")).strip()
    return s if s and re.search(r"[A-Z]", s) else None


def read_actors(path, countries):
    """Named actors: [(names, [(code, from, to)])]. An entry is a line of names ('+' more names), then its codes in
    brackets on the same line or the lines below."""
    entries, names, codes = [], [], []

    def flush():
        if names and codes:
            entries.append((list(dict.fromkeys(names)), list(codes)))

    for line in open(path, encoding="latin-1"):
        raw = line.rstrip("\n")
        body = raw.split("#")[0]
        if not body.strip():
            continue
        brackets = re.findall(r"\[([^\]]*)\]", body)
        text = re.sub(r"\[[^\]]*\]", "", body).strip()
        if text and not text.startswith("+") and not raw.startswith(("\t", " ")):
            flush()
            names, codes = [], []
        if text:
            n = name_form(text)
            if n:
                names.append(n)
        for b in brackets:
            c = parse_code(b.strip())
            if c:
                codes.append(c)
    flush()
    return entries


def keep_actor(codes, countries):
    """An actor newsie can use: some code gives a sector or an IGO; bare country codes (country names, cities) are
    the country table's business and are dropped."""
    for code, _s, _e in codes:
        if code[:3] in ("IGO", "NGO", "IMG") or (code[:3] in countries and len(code) >= 6):
            return True
    return False


def main(src, models):
    light_verbs = {l.strip() for l in open(os.path.join(models, "lexicon/light-verbs.txt")) if l.strip() and not l.startswith("#")}
    countries = {r[0] for r in read_tsv(os.path.join(models, "countries.tsv"), 5) if r[0] != "-"}

    # --- event codes -----------------------------------------------------------------------------------
    cameo = read_cameo_plover(os.path.join(src, "CAMEO2PLOVER-2021.txt"))
    hand = hand_types(models)
    type_of = {}
    # a code the hand table types keeps the hand type's name (a directed one when two share a code: attack, not fight)
    for name, (symmetric, plover, code, mode) in sorted(hand.items(), key=lambda kv: kv[1][0]):
        type_of.setdefault(code, name)
    used = set(hand)
    with open(os.path.join(models, "event-codes.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER_CODES)
        for code in sorted(cameo, key=lambda c: (c[:2], c.ljust(4, "0"), c)):
            plover, mode, context, desc = cameo[code]
            name = type_of.get(code)
            if name is None:
                name = slug(desc)
                if name in used:
                    name = name + "-" + code
                type_of[code] = name
                used.add(name)
            out.write("\t".join([code, name, plover, mode or "-", context or "-", desc]) + "\n")

    # --- predicates ------------------------------------------------------------------------------------
    blocks, synsets = read_verb_dictionary(os.path.join(src, "CAMEO.verbpatterns.150430.txt"))
    table, dropped = predicates_of(blocks, synsets, light_verbs)
    corrections = {}
    for predicate, code, reason in read_tsv(os.path.join(models, "event-extras.tsv"), 3):
        corrections[predicate] = (code, reason)
    kept = not_plover = 0
    with open(os.path.join(models, "event-predicates.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER_PREDICATES)
        for key in sorted(set(table) | set(corrections)):
            if key in corrections:
                code, reason = corrections[key]
                how, block = "newsie correction: " + reason, "-"
            else:
                code, how, block = table[key]
            if code not in cameo:
                not_plover += 1
                if not code.startswith(("01", "02", "---")):
                    continue
                # kept, so that newsie knows the phrase and does not read its verb alone ("call for" is no "call")
                how = how + ("" if code == "---" else "; CAMEO " + code[:2] + " is no PLOVER event")
            out.write("\t".join([key, code, how, block]) + "\n")
            kept += 1
    for reason, n in sorted(dropped.items()):
        print(f"event-predicates: dropped {n} {reason}", file=sys.stderr)
    print(f"event-predicates: {kept} predicates, {not_plover} of them with a CAMEO code PLOVER does not code "
          f"(01x statements, 02x appeals: kept untyped; other codes dropped)", file=sys.stderr)

    # --- agents ----------------------------------------------------------------------------------------
    agents = read_agents(os.path.join(src, "Phoenix.agents.txt"))
    extras = read_tsv(os.path.join(models, "agent-extras.tsv"), 2)
    with open(os.path.join(models, "actor-sectors.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER_AGENTS)
        merged = dict(agents)
        for words, sector in extras:
            words = words.strip().lower()
            merged[words] = sector.strip()
            parts = words.split()
            if not parts[-1].endswith("s") and parts[-1] not in ("aircraft", "artillery", "opposition"):
                merged.setdefault(" ".join(parts[:-1] + [plural(parts[-1])]), sector.strip())
        for words in sorted(merged):
            out.write(f"{words}\t{merged[words]}\n")
    print(f"actor-sectors: {len(agents)} Phoenix agent forms, {len(extras)} newsie additions", file=sys.stderr)

    # --- named actors ----------------------------------------------------------------------------------
    extras = read_tsv(os.path.join(models, "actor-extras.tsv"), 2)
    # a newsie row of a person (dated roles) replaces the codes of the dictionary entries of that person: those that
    # share one of its names and are that person's own (the shared name is the entry's first, or the entry's first
    # name has the person's surname: not "HEZBOLLAH", which lists "HASSAN NASRALLAH" among its names); the aliases stay
    replaced = {}
    for names, codes in extras:
        if "@" in codes:
            surname = actor_key(names.split("|")[0]).split(" ")[-1]
            for name in names.split("|"):
                replaced.setdefault(actor_key(name), (codes, surname))
    rows = []
    n_replaced = n_closed = 0
    for file in ("Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"):
        entries = read_actors(os.path.join(src, file), countries)
        n = 0
        for names, codes in entries:
            if not keep_actor(codes, countries):
                continue
            n += 1
            codes = [c for c in codes if c[0] != "---"]  # "---": explicitly no code
            newer = next((codes_ for n in names if actor_key(n) in replaced
                          for codes_, surname in [replaced[actor_key(n)]]
                          if actor_key(n) == actor_key(names[0]) or surname in actor_key(names[0]).split(" ")), None)
            if newer is not None:
                n_replaced += 1
                rows.append(("|".join(names), newer))
                continue
            # a role still open when the dictionaries were made is known to hold until then, not after
            n_closed += sum(1 for c, s, e in codes if s and not e)
            codes = [(c, s, e if e or not s else OPEN_ROLES_UNTIL) for c, s, e in codes]
            code_text = "|".join(f"{c}" + (f"@{s}..{e}" if s or e else "") for c, s, e in codes)
            rows.append(("|".join(names), code_text))
        print(f"actors: {file}: {n} of {len(entries)} entries kept (those with a sector or an IGO/NGO/IMG code)", file=sys.stderr)
    rows += [(names, codes) for names, codes in extras]
    print(f"actors: {len(extras)} newsie additions; {n_replaced} dictionary entries restated by them; "
          f"{n_closed} open roles closed at {OPEN_ROLES_UNTIL}", file=sys.stderr)
    with open(os.path.join(models, "actors.tsv"), "w", encoding="utf-8") as out:
        out.write(HEADER_ACTORS)
        for names, code_text in rows:
            out.write(f"{names}\t{code_text}\n")


HEADER_CODES = """# CAMEO event codes -> newsie relation types and PLOVER event types. Generated by models/tools/build-event-coding.py
# from the CAMEO->PLOVER table of the PLOVER manual (openeventdata/PLOVER, CAMEO2PLOVER-2021.txt, draft 0.8,
# 2021-09-17, edited by Philip Schrodt), licensed CC BY-SA 4.0; this table is derived from it and is under
# CC BY-SA 4.0 too (https://creativecommons.org/licenses/by-sa/4.0/). Changes: the type names of the 2021 table
# that differ from the PLOVER categories (REQUEST, ACCUSE, ASSAULT for CAMEO 19) are written as the PLOVER
# categories newsie and the PLOVER gold-standard records use (DEMAND; INVESTIGATE for 09x, DISAPPROVE for 11x;
# FIGHT); the modes "investigate" and "disapprove" that only restated ACCUSE are dropped. CAMEO 01x (statements)
# and 02x (appeals) are not PLOVER events and are not listed.
# type: the relation type of models/relation-types.tsv where it codes this CAMEO code, else one named after the
# CAMEO description. Read by dev.newsie.relations.RelationTypes: do not edit, rebuild.
# cameo	type	plover	mode	context	description
"""

HEADER_PREDICATES = """# Predicates -> CAMEO codes, generated by models/tools/build-event-coding.py from PETRARCH-2's CAMEO verb
# dictionary (openeventdata/petrarch2 @ 676801cd9cb2, petrarch2/data/dictionaries/CAMEO.verbpatterns.150430.txt,
# MIT licence, Copyright (c) 2015 Open Event Data Alliance) plus models/event-extras.tsv (newsie's corrections).
# Kept: what newsie's relation patterns can write as a predicate: a verb ("accuse"), a phrasal verb or verb +
# preposition ("call off", "meet with"), verb + object noun (+ preposition) ("impose sanction on"). Nouns are
# singular. "VERB to" rows ("refuse to") come from event-extras.tsv: a verb that makes the verb it governs an offer,
# a refusal, a threat or a demand. A verb of a block without a default code takes
# the CAMEO root that most (over half, at least 3) of its block's patterns use. Dropped: patterns with words
# before the verb or actors/skips inside (context newsie's predicates do not carry). Rows with a CAMEO 01x
# (statement) or 02x (appeal) code are kept but give no type: PLOVER does not code them, and newsie must not read
# "call for" as the verb "call" (041, phone). Where two patterns give one predicate, the shorter pattern wins,
# then the more frequent code. Read by dev.newsie.relations.RelationTypes: do not edit, rebuild.
# predicate	cameo	how	block
"""

HEADER_AGENTS = """# Agent words -> CAMEO sector codes, generated by models/tools/build-event-coding.py from PETRARCH-2's
# Phoenix.agents.txt (openeventdata/petrarch2 @ 676801cd9cb2, MIT licence, Copyright (c) 2014 Open Event Data
# Alliance; substitution sets expanded, regular plurals added) plus models/agent-extras.tsv (newsie's additions).
# The sector is the agent's first code ("GOVMED" -> GOV). Read by dev.newsie.entities.ActorCountries.
# words	sector
"""

HEADER_ACTORS = """# Named actors -> dated CAMEO actor codes, generated by models/tools/build-event-coding.py from PETRARCH-2's
# Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt
# (openeventdata/petrarch2 @ 676801cd9cb2, MIT licence, Copyright (c) 2014 Open Event Data Alliance).
# Kept: entries with a sector code (RUSGOV, AFGMIL) or an IGO/NGO/IMG code; dropped: bare country codes
# (country names, cities: the country table's business) and codes whose dates do not parse. Last rows: newsie's
# additions from models/actor-extras.tsv (CC0).
# names: the entry's names, '|'-separated; codes: CODE or CODE@FROM..TO (ISO dates, either end may be open),
# '|'-separated; an undated code applies when no dated one covers the document date.
# Read by dev.newsie.entities.ActorDictionary.
# names	codes
"""

if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    main(sys.argv[1], sys.argv[2] if len(sys.argv) > 2 else here)
