#!/usr/bin/env python3
"""Builds models/countries.tsv from third-party tables plus models/country-extras.tsv.

  python3 models/tools/build-countries.py OWID.csv PHOENIX.tsv > models/countries.tsv

Run by a developer when the sources change; newsie itself reads only models/countries.tsv.
Sources (see models/README.md for licences): Our World in Data countries table (MIT),
Phoenix country dictionary from openeventdata/petrarch2 (MIT).
"""
import csv, json, re, sys

DEMONYM_SUFFIX = re.compile(r"(AN|ESE|ISH|I|ER|IC|CH|OT|ENE)$")


def title(s):
    return " ".join(w.capitalize() if not w.isupper() or len(w) > 3 else w.capitalize() for w in s.lower().split())


def demonym_forms(word):
    """Regular English nationality adjectives that can be formed from a country name's last word."""
    stems = {word, word[:-1], word[:-2]} if len(word) > 4 else {word}
    return {s + suf for s in stems for suf in ("N", "AN", "IAN", "ESE", "I", "ISH", "IC", "EAN")}


def phoenix_demonyms(name, aliases):
    """Nationality adjectives among Phoenix aliases: a regular derivation of the name, not a plural."""
    words = name.upper().split()
    forms = {" ".join(words[:-1] + [f]) for f in demonym_forms(words[-1])} if words else set()
    return [title(a) for a in aliases if a in forms and a != name.upper()]


def main(owid_path, phoenix_path, extras_path):
    table = {}
    blocked = []
    for r in csv.DictReader(open(owid_path, encoding="utf-8")):
        iso3 = r["iso_alpha3"]
        if not iso3:
            continue
        qid = r["wikidata_uri"].rsplit("/", 1)[-1] if r["wikidata_uri"] else ""
        aliases = json.loads(r["aliases"]) if r["aliases"] else []
        # OWID's aliases include statistical spellings ("Korea, Rep."): keep only natural ones
        aliases = [a for a in aliases if "," not in a and "(" not in a and "\\" not in a and not re.search(r"\.\s|Fed\.|Rep\.|Is\.", a)]
        table[iso3] = {"qid": qid, "name": r["name"], "aliases": aliases, "demonyms": []}
    for line in open(phoenix_path, encoding="utf-8"):
        if line.startswith("iso3"):
            continue
        iso3, name, aliases = (line.rstrip("\n").split("\t") + ["", ""])[:3]
        if iso3 in table:
            table[iso3]["demonyms"] += phoenix_demonyms(table[iso3]["name"], aliases.split("|"))
    for line in open(extras_path, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        iso3, qid, name, aliases, demonyms = (line.rstrip("\n").split("\t") + [""] * 5)[:5]
        if iso3 == "-":
            blocked.append(name)
            continue
        row = table.setdefault(iso3, {"qid": qid, "name": name, "aliases": [], "demonyms": []})
        row["qid"] = qid or row["qid"]
        row["name"] = name or row["name"]
        row["aliases"] += [a for a in aliases.split("|") if a]
        row["demonyms"] += [d for d in demonyms.split("|") if d]
    print("# newsie country table: ISO 3166-1 alpha-3, Wikidata id, common English name, aliases, demonyms.")
    print("# Built by models/tools/build-countries.py from: Our World in Data countries table (MIT),")
    print("# the Phoenix country dictionary of openeventdata/petrarch2 (MIT), and models/country-extras.tsv.")
    print("# iso3\twikidata\tname\taliases\tdemonyms")
    print("# rows with iso3 '-': phrases that contain a country's name but do not name it")
    for name in blocked:
        print("\t".join(["-", "", name, "", ""]))
    for iso3 in sorted(table):
        r = table[iso3]
        uniq = lambda xs: sorted(set(x for x in xs if x and x != r["name"]))
        print("\t".join([iso3, r["qid"], r["name"], "|".join(uniq(r["aliases"])), "|".join(uniq(r["demonyms"]))]))


if __name__ == "__main__":
    here = __file__.rsplit("/", 1)[0]
    main(sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else here + "/../country-extras.tsv")
