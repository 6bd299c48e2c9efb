package dev.newsie.entities;

import dev.newsie.settings.ModelTable;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The named actors of models/actors.tsv (built from PETRARCH-2's Phoenix actor dictionaries): people,
 * institutions, international organizations and armed groups with dated CAMEO codes ({@code PUTIN [RUSGOV
 * 991231-080507] [RUSGOV >080508]}). A lookup honours the document date: a role that ended before it, or begins
 * after it, does not apply; an undated code applies when no dated one covers the date (or there is no date).
 */
final class ActorDictionary {
    private static final Pattern CODE = Pattern.compile("([A-Z]{3,15})(?:@(\\d{4}-\\d{2}-\\d{2})?\\.\\.(\\d{4}-\\d{2}-\\d{2})?)?");
    /** CAMEO actor codes that are no country but a kind of actor: the code is the sector. */
    private static final List<String> NON_STATE = List.of("IGO", "NGO", "IMG", "MNC");
    /** Codes of organizations that no country owns: the tagger's LOCATION or MISC with such a name is one of them. */
    private static final List<String> NON_STATE_KINDS = List.of("IGO", "NGO", "IMG");

    private record Code(String code, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }

        boolean covers(LocalDate date) {
            return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final Map<String, List<List<Code>>> byName = new HashMap<>();
    /** Surnames of one entry only, looked up when no full name matches. */
    private final Map<String, List<List<Code>>> bySurname = new HashMap<>();
    private final CountryTable countries;

    private ActorDictionary(CountryTable countries) {
        this.countries = countries;
    }

    static ActorDictionary parse(List<String> lines, CountryTable countries) {
        ActorDictionary d = new ActorDictionary(countries);
        // owners by their roles: one person listed twice (a dictionary entry and the newsie row restating it) is one
        Map<String, java.util.Set<List<Code>>> surnameOwners = new HashMap<>();
        for (ModelTable.Row row : ModelTable.rows(lines, ActorCountries.ACTORS_FILE, 2)) {
            String[] cells = row.cells();
            List<Code> codes = new ArrayList<>();
            for (String c : cells[1].split("\\|")) {
                Matcher m = CODE.matcher(c.strip());
                if (!m.matches()) {
                    throw row.error("bad code '" + c + "'");
                }
                codes.add(new Code(m.group(1), m.group(2) == null ? null : LocalDate.parse(m.group(2)),
                        m.group(3) == null ? null : LocalDate.parse(m.group(3))));
            }
            java.util.Set<String> surnames = new java.util.HashSet<>();
            for (String name : cells[0].split("\\|")) {
                String key = key(name);
                if (!key.isEmpty()) {
                    d.byName.computeIfAbsent(key, k -> new ArrayList<>(1)).add(codes);
                    String[] words = key.split(" ");
                    if (words.length >= 2 && codes.stream().anyMatch(Code::dated) && words[words.length - 1].length() >= 4 && words[words.length - 1].matches("[A-Z'-]+")) {
                        surnames.add(words[words.length - 1]);
                    }
                }
            }
            for (String surname : surnames) {
                surnameOwners.computeIfAbsent(surname, k -> new java.util.LinkedHashSet<>()).add(codes);
            }
        }
        // a surname alone ("President Kagame") names the one entry that has it, if only one does; only people, whose
        // roles are dated, have surnames ("Children's Home Society of Minnesota", NGOUSA, gives none to "Minnesota")
        surnameOwners.forEach((surname, owners) -> {
            if (owners.size() == 1 && !d.byName.containsKey(surname)) {
                d.bySurname.put(surname, new ArrayList<>(owners));
            }
        });
        return d;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * Upper case, no periods ("U.N." is "UN"), single spaces, no leading "the", and no accents: the dictionary spells
     * names in ASCII ("VIKTOR ORBAN"), the news as the person does ("Viktor Orbán", "Recep Tayyip Erdoğan").
     */
    static String key(String name) {
        String key = folded(name).toUpperCase(Locale.ROOT).replace(".", "").replace('\u2019', '\'').replaceAll("\\s+", " ").strip();
        return key.startsWith("THE ") ? key.substring(4) : key;
    }

    /** The name without accents; an ASCII name (every dictionary entry) as it is, without decomposing it. */
    private static String folded(String name) {
        if (name.chars().allMatch(c -> c < 128)) {
            return name;
        }
        return MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace('ı', 'i').replace('ł', 'l').replace('Ł', 'L').replace('ø', 'o').replace('Ø', 'O').replace('đ', 'd').replace('Đ', 'D');
    }

    /**
     * The actor a name stands for on a date (null: unknown), from every entry with that name: a role dated to cover
     * the date wins over an undated one (a newsie row's current role over a dictionary entry's fallback); when the
     * entries disagree on the country, none ("Kim" alone is many people).
     */
    Actor lookup(String name, LocalDate date) {
        String key = key(name);
        List<List<Code>> entries = byName.getOrDefault(key, bySurname.get(key));
        if (entries == null) {
            return null;
        }
        List<Code> chosen = new ArrayList<>();
        if (date != null) {
            for (List<Code> codes : entries) {
                codes.stream().filter(c -> c.dated() && c.covers(date)).findFirst().ifPresent(chosen::add);
            }
        }
        if (chosen.isEmpty()) {
            for (List<Code> codes : entries) {
                codes.stream().filter(c -> !c.dated()).findFirst().ifPresent(chosen::add);
            }
        }
        Actor found = null;
        for (Code code : chosen) {
            Actor actor = actor(code.code());
            if (actor == null) {
                continue;
            }
            if (found == null) {
                found = actor;
            } else if (!java.util.Objects.equals(found.country(), actor.country())
                    || found.country() == null && !java.util.Objects.equals(found.sector(), actor.sector())) {
                return null;
            }
        }
        return found;
    }

    /**
     * The kind of organization no country owns that a name is ("EU", "NATO": IGO; "Red Cross": NGO; "Hamas" is its
     * country's), or null: every entry with that full name (not a surname alone) has only codes of that one kind.
     */
    String nonStateKind(String name) {
        List<List<Code>> entries = byName.get(key(name));
        String kind = null;
        for (List<Code> codes : entries == null ? List.<List<Code>>of() : entries) {
            for (Code c : codes) {
                String prefix = c.code().substring(0, 3);
                if (!NON_STATE_KINDS.contains(prefix) || kind != null && !kind.equals(prefix)) {
                    return null;
                }
                kind = prefix;
            }
        }
        return kind;
    }

    /**
     * The one country every code of every entry with that full name (not a surname alone) is of: a person's
     * nationality, whatever the date; null when the entries name no country or more than one, or when a role is dated
     * after {@code datedUntil} (a newsie row that knows when the person's office ended: "Chancellor Olaf Scholz" in 2026).
     */
    Country nationality(String name, LocalDate datedUntil) {
        List<List<Code>> entries = byName.get(key(name));
        Country only = null;
        for (List<Code> codes : entries == null ? List.<List<Code>>of() : entries) {
            for (Code c : codes) {
                if (c.to() != null && c.to().isAfter(datedUntil) || c.from() != null && c.from().isAfter(datedUntil)) {
                    return null;
                }
                Actor actor = actor(c.code());
                if (actor == null || actor.country() == null || only != null && !only.equals(actor.country())) {
                    return null;
                }
                only = actor.country();
            }
        }
        return only;
    }

    /** "RUSGOV" -> Russia, GOV; "IGOUNO" -> IGO; "---" and unknown countries -> the sector alone, or null. */
    private Actor actor(String code) {
        String prefix = code.substring(0, 3);
        if (NON_STATE.contains(prefix)) {
            return new Actor(null, prefix, code, Actor.DICTIONARY);
        }
        Country country = countries.byIso3(prefix);
        String sector = code.length() >= 6 ? code.substring(3, 6) : null;
        if (country == null && sector == null) {
            return null;
        }
        return new Actor(country, sector, code, Actor.DICTIONARY);
    }
}
