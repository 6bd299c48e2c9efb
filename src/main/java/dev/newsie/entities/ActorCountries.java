package dev.newsie.entities;

import dev.newsie.settings.ModelFiles;
import dev.newsie.settings.ModelTable;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Which country and sector a person or organization acts for, as event data codes actors
 * ({@link Actor}): from the text first ("Russian President Vladimir Putin" is Russia's government, "the Turkish
 * Foreign Ministry" Turkey's, "Nigerian Union of Teachers" Nigeria's), else from the Phoenix actor dictionaries,
 * honouring the document date ({@link ActorDictionary}). Sectors come from the Phoenix agent words
 * (models/actor-sectors.tsv: "president" GOV, "troops" MIL, "rebels" REB). Also registers the words that stand
 * for a country's people or government by themselves ("Palestinians", "Moscow") so that relations can use them.
 */
public final class ActorCountries {
    public static final String SECTORS_FILE = "actor-sectors.tsv";
    public static final String ACTORS_FILE = "actors.tsv";
    public static final String CAPITALS_FILE = "capitals.tsv";
    public static final String TITLES_FILE = "lexicon/titles.txt";
    public static final String ROLE_MODIFIERS_FILE = "lexicon/role-modifiers.txt";
    public static final String MINISTRY_FIELDS_FILE = "lexicon/ministry-fields.txt";
    public static final String PLACES_FILE = "lexicon/place-nouns.txt";
    public static final String SAYER_PRONOUNS_FILE = "lexicon/sayer-pronouns.tsv";
    public static final String STATELESS_MODIFIERS_FILE = "lexicon/stateless-modifiers.txt";
    public static final String HOME_AGENTS_FILE = "lexicon/home-agents.txt";
    public static final String VEHICLES_FILE = "lexicon/vehicle-nouns.txt";
    public static final String AMBIGUOUS_NAMES_FILE = "lexicon/ambiguous-country-names.txt";
    /** How far before a name its title and country may start: "U.S. Deputy Secretary of State John Sullivan". */
    private static final int TITLE_WINDOW = 6;
    private static final int LONGEST_AGENT = 4;
    private static final Set<String> NON_STATE_SECTORS = Set.of("IGO", "NGO", "IMG");

    private final CountryTable countries;
    private final Map<String, String> sectorByWords;
    private final ActorDictionary dictionary;
    private final Map<String, Country> seats;
    private final Map<String, Country> pluralDemonyms;
    private final Set<String> roleWords;
    private final Set<String> titleWords;
    private final Set<String> placeWords;
    /** Sayer pronouns: true for a singular one ("it"), false for a plural one ("they"). */
    private final Map<String, Boolean> sayerPronouns;
    private final Set<String> statelessModifiers;
    /** Agent nouns of a state that serve only at home: "police in Pakistan" are Pakistan's. */
    private final Set<String> homeAgents;
    /** Craft that act for the body named as their owner: "a China Coast Guard ship" is the coast guard's. */
    private final Set<String> vehicles;
    /** Countries' names that also name a part of another country ("Georgia"), as written. */
    private final Set<String> ambiguousNames;

    /** A role the relations found: the person holds the role ("president") of or at {@code of}. */
    public record RoleHint(Entity person, String role, Entity of) {
    }

    private ActorCountries(CountryTable countries, Map<String, String> sectorByWords, ActorDictionary dictionary,
                           Map<String, Country> seats, Set<String> titleWords, Set<String> roleWords, Set<String> placeWords,
                           Map<String, Boolean> sayerPronouns, Set<String> statelessModifiers, Set<String> homeAgents,
                           Set<String> vehicles, Set<String> ambiguousNames) {
        this.ambiguousNames = ambiguousNames;
        this.homeAgents = homeAgents;
        this.vehicles = vehicles;
        this.countries = countries;
        this.sayerPronouns = sayerPronouns;
        this.statelessModifiers = statelessModifiers;
        this.placeWords = placeWords;
        this.sectorByWords = sectorByWords;
        this.dictionary = dictionary;
        this.seats = seats;
        this.roleWords = roleWords;
        this.titleWords = titleWords;
        this.pluralDemonyms = new HashMap<>();
        countries.demonyms().forEach((demonym, country) -> {
            // "Palestinian" -> "Palestinians", "Iraqi" -> "Iraqis"; "Chinese", "British", "Swiss" have no plural
            if (demonym.matches(".*[a-z][nio]") || demonym.endsWith("k") || demonym.endsWith("ch") && !demonym.endsWith("nch")) {
                pluralDemonyms.put(demonym + "s", country);
            }
        });
    }

    public static ActorCountries load(Function<String, List<String>> files, CountryTable countries) {
        Map<String, String> sectors = new HashMap<>();
        for (ModelTable.Row row : ModelTable.rows(files.apply(SECTORS_FILE), SECTORS_FILE, 2)) {
            if (!row.cells()[1].matches("[A-Z]{3}")) {
                throw row.error("expected words, a tab and a 3-letter sector");
            }
            sectors.put(row.cells()[0].strip().toLowerCase(Locale.ROOT), row.cells()[1]);
        }
        Map<String, Country> seats = new HashMap<>();
        for (ModelTable.Row row : ModelTable.rows(files.apply(CAPITALS_FILE), CAPITALS_FILE, 2)) {
            Country country = countries.byIso3(row.cells()[0].strip());
            if (country == null) {
                throw row.error("expected a country table iso3, a tab and names");
            }
            for (String name : row.cells()[1].split("\\|")) {
                seats.put(name.strip(), country);
                seats.putIfAbsent(withoutMarks(name.strip()), country); // "Chișinău" as "Chisinau" too
            }
        }
        Set<String> titleWords = ModelFiles.lowercaseLines(files.apply(TITLES_FILE));
        Set<String> roleWords = new HashSet<>(titleWords);
        roleWords.addAll(ModelFiles.lowercaseLines(files.apply(ROLE_MODIFIERS_FILE)));
        // a ministry's field before a title is the title's ("Arts Minister Paul Goldsmith")
        roleWords.addAll(ModelFiles.lowercaseLines(files.apply(MINISTRY_FIELDS_FILE)));
        sectors.keySet().stream().filter(w -> !w.contains(" ")).forEach(roleWords::add);
        Map<String, Boolean> sayerPronouns = new HashMap<>();
        for (ModelTable.Row row : ModelTable.rows(files.apply(SAYER_PRONOUNS_FILE), SAYER_PRONOUNS_FILE, 2)) {
            String number = row.cells()[1].strip();
            if (!number.matches("singular|plural")) {
                throw row.error("expected a pronoun, a tab and singular or plural");
            }
            sayerPronouns.put(row.cells()[0].strip().toLowerCase(Locale.ROOT), number.equals("singular"));
        }
        return new ActorCountries(countries, sectors, ActorDictionary.parse(files.apply(ACTORS_FILE), countries), seats, titleWords, roleWords,
                ModelFiles.lowercaseLines(files.apply(PLACES_FILE)), sayerPronouns,
                ModelFiles.lowercaseLines(files.apply(STATELESS_MODIFIERS_FILE)), ModelFiles.lowercaseLines(files.apply(HOME_AGENTS_FILE)),
                ModelFiles.lowercaseLines(files.apply(VEHICLES_FILE)), ModelFiles.entries(files.apply(AMBIGUOUS_NAMES_FILE)).collect(java.util.stream.Collectors.toUnmodifiableSet()));
    }

    // ----------------------------------------------------------------------------------------------------------
    // Words that stand for a country's people or government by themselves

    /** Whether a word is a title of lexicon/titles.txt ("minister", "president"), in any case. */
    public boolean isTitle(String word) {
        return titleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word may be part of a title phrase: a title or a role modifier ("foreign", "deputy", "prime"), in any case. */
    public boolean isRoleWord(String word) {
        return roleWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * The country a dateline's place names: a seat of government or a country, in capitals or not ("TALLINN",
     * "NEW DELHI", "Ukraine"); null for any other place.
     */
    public Country placeCountry(String place) {
        StringBuilder name = new StringBuilder();
        for (String word : place.strip().split("\\s+")) {
            name.append(name.isEmpty() ? "" : " ").append(word.isEmpty() ? word
                    : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1).toLowerCase(Locale.ROOT));
        }
        Country seat = seat(name.toString());
        if (seat != null) {
            return seat;
        }
        Country country = countries.byName(place.strip());
        return country != null ? country : countries.byName(name.toString());
    }

    /** The country whose seat of government a name is, written with or without its diacritics ("Chișinău", "Bogota"); or null. */
    private Country seat(String name) {
        Country seat = seats.get(name);
        return seat != null || name.chars().allMatch(c -> c < 128) ? seat : seats.get(withoutMarks(name));
    }

    private static String withoutMarks(String text) {
        return java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** Whether a country's name also names a part of another country (lexicon/ambiguous-country-names.txt: "Georgia"). */
    public boolean isAmbiguousCountryName(String name) {
        return ambiguousNames.contains(name);
    }

    /** Whether a name is a seat of government ("Kyiv", "Moscow"): a place, never a person, whatever the tagger says. */
    public boolean isSeatOfGovernment(String name) {
        return seat(name.replaceAll("\\s+", " ")) != null;
    }

    /** Whether a name is an organization's that no country owns ("EU", "Red Cross"): to the tagger at times a place. */
    public boolean isNonStateOrganization(String name) {
        return dictionary.nonStateKind(name) != null;
    }

    /**
     * The country the dated dictionary gives a person on the document's date ("Emmanuel Macron" in 2024: France), or
     * null: what "the French president" may stand for when the text named him without that title.
     */
    public Country dictionaryCountry(String personName, String docDate) {
        Actor actor = dictionary.lookup(personName, docDate == null ? null : LocalDate.parse(docDate));
        return actor == null ? null : actor.country();
    }

    /**
     * The one country the dictionary ever ties the person's full name to (its nationality), or null; null too when a
     * role of the person is dated after {@code datedUntil} (then the dated roles say more).
     */
    public Country dictionaryNationality(String personName, java.time.LocalDate datedUntil) {
        return dictionary.nationality(personName, datedUntil);
    }

    /**
     * Whether the actor dictionary knows the name as a state's body or a non-state group ("Knesset", "Mossad",
     * "Hezbollah"): no company whose home a country's possessive names.
     */
    public boolean isKnownActor(String name) {
        return dictionary.lookup(name, null) != null || dictionary.nonStateKind(name) != null;
    }

    /** Whether a name is an intergovernmental organization's ("NATO", "the EU"): what "the alliance" may stand for. */
    public boolean isIntergovernmental(String name) {
        return "IGO".equals(dictionary.nonStateKind(name));
    }

    /**
     * Marks plural demonyms ("Palestinians", "Iraqis") and seats of government ("Moscow", "Washington", "New Delhi")
     * that no entity covers as latent references to their country: a relation may use them as its subject or
     * object ("Washington demanded ...", "arrested 100 Palestinians"); otherwise they stay no mention.
     */
    public void markLatent(Annotation doc, DocumentEntities entities) {
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int i = 0; i < tokens.size(); i++) {
                if (!Character.isUpperCase(tokens.get(i).word().codePointAt(0))) {
                    continue;
                }
                int end = -1;
                Country country = null;
                for (int j = i; j < Math.min(tokens.size(), i + 4); j++) {
                    String span = text.substring(tokens.get(i).beginPosition(), tokens.get(j).endPosition()).replaceAll("\\s+", " ");
                    Country c = j == i ? pluralDemonyms.getOrDefault(span, seat(span)) : seat(span);
                    if (c != null) {
                        end = j + 1;
                        country = c;
                    }
                }
                if (country == null || !free(entities, s, i, end)) {
                    continue;
                }
                entities.addDemonym(new DemonymMatch(country, Mention.named(doc, s, tokens.subList(i, end)), true));
                i = end - 1;
            }
        }
    }

    private static boolean free(DocumentEntities entities, int s, int from, int to) {
        for (int t = from; t < to; t++) {
            if (entities.at(s, t) != null || entities.demonymAt(s, t) != null) {
                return false;
            }
        }
        return true;
    }

    /** Whether a token is a seat of government standing for its country ("Moscow"), rather than its people. */
    public boolean isSeatOfGovernment(DemonymMatch latent) {
        return latent != null && latent.standsAlone() && isSeatOfGovernment(latent.mention().text());
    }

    /**
     * The state a territory of the country table belongs to, by its ISO 3166-2 code ("PS-GZA", the Gaza Strip:
     * Palestine); null for a country that is a state itself.
     */
    public Country stateOf(Country territory) {
        if (territory == null || !territory.iso3().matches("[A-Z]{2}-.+")) {
            return null;
        }
        try {
            return countries.byIso3(new Locale("", territory.iso3().substring(0, 2)).getISO3Country());
        } catch (java.util.MissingResourceException e) {
            return null;
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Sectors

    /**
     * The sector of an agent noun phrase: the longest phrase of the agent words ("security forces" COP), else its
     * first agent word ("rebel leaders" REB, "police officers" COP, "army bulldozers" MIL); null if none.
     */
    public String sectorOf(List<String> words) {
        List<String> w = words.stream().map(x -> x.toLowerCase(Locale.ROOT)).toList();
        for (int len = Math.min(LONGEST_AGENT, w.size()); len >= 2; len--) {
            for (int i = 0; i + len <= w.size(); i++) {
                String sector = sectorByWords.get(String.join(" ", w.subList(i, i + len)));
                if (sector != null) {
                    return sector;
                }
            }
        }
        for (String word : w) {
            String sector = sectorByWords.get(word);
            if (sector != null) {
                return sector;
            }
        }
        return null;
    }

    /** The sector of a title: a former officeholder is one of the elite (CAMEO ELI), else the title's sector. */
    private String titleSector(List<String> title) {
        return title.contains("former") || title.contains("ex") ? "ELI" : sectorOf(title);
    }

    /** Whether a noun names a place inside a country: "Montenegro province", "Syria's Idlib province". */
    public boolean isPlaceWord(String word) {
        return word != null && placeWords.contains(word.toLowerCase(Locale.ROOT));
    }

    /** For a pronoun that may stand for the one who says its clause: true if singular ("it"), false if plural; else null. */
    public Boolean sayerPronounIsSingular(String word) {
        return sayerPronouns.get(word.toLowerCase(Locale.ROOT));
    }

    /** Whether an agent noun names a state's agents who serve only in their own country ("police", "court"). */
    public boolean servesAtHome(String word) {
        return word != null && homeAgents.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a noun names a craft that acts for its named owner ("ship", "vessel", "aircraft"). */
    public boolean isVehicle(String word) {
        return word != null && vehicles.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A modifier that makes a demonym name a people, not a state: "ethnic" in "ethnic Albanian guerrillas". */
    public boolean isStatelessModifier(String word) {
        return statelessModifiers.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether a word (a noun's lemma or form) is an agent: "officials", "troops", "rebels", "government". */
    public boolean isAgentWord(String word) {
        return word != null && sectorByWords.containsKey(word.toLowerCase(Locale.ROOT));
    }

    // ----------------------------------------------------------------------------------------------------------
    // People and organizations

    /**
     * Gives each ORGANIZATION and PERSON entity its actor: organizations first (an organization's country passes to
     * the people who hold its titles), from the text, then the roles the relations found, then the dictionary.
     */
    public void assign(Annotation doc, DocumentEntities entities, String docDate, List<RoleHint> roles) {
        LocalDate date = docDate == null ? null : LocalDate.parse(docDate);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.ORGANIZATION) {
                e.setActor(organization(e, sentences, entities, date));
            }
        }
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.PERSON) {
                e.setActor(person(e, sentences, entities, date, roles));
            }
        }
    }

    /**
     * Gives a person the country of a state office found after the actors were assigned (the bare-title, counterpart
     * and possessed-title roles: "President X" in a story about Algeria) when the person has no country yet and is no
     * international or dictionary-coded actor: the office holder acts for that state.
     */
    public void assignLaterRoles(List<RoleHint> roles) {
        for (RoleHint role : roles) {
            Entity person = role.person();
            Actor actor = person.actor();
            boolean placed = actor != null && (actor.country() != null || actor.code() != null || NON_STATE_SECTORS.contains(actor.sector()));
            Actor held = person.type() != EntityType.PERSON || placed || role.of().type() != EntityType.COUNTRY ? null : roleActor(role);
            if (held != null && held.country() != null) {
                person.setActor(new Actor(held.country(), held.sector() != null ? held.sector() : actor == null ? null : actor.sector(),
                        null, Actor.TEXT));
            }
        }
    }

    private Actor organization(Entity org, List<CoreMap> sentences, DocumentEntities entities, LocalDate date) {
        Actor known = lookup(org, date);
        if (known != null && known.country() == null && NON_STATE_SECTORS.contains(known.sector())) {
            return known; // an international organization, whatever country its name holds ("Organization of American States")
        }
        String sector = headSector(org.name());
        Country inName = countryInName(org.name());
        if (inName != null) {
            return new Actor(inName, sector(known, inName, sector), null, Actor.TEXT);
        }
        for (Mention m : org.mentions()) {
            if (m.kind() == Mention.Kind.NAME) {
                Actor before = preceding(sentences.get(m.sentence()), entities, m, org, false);
                if (before != null) {
                    return new Actor(before.country(), sector(known, before.country(), sector), null, Actor.TEXT);
                }
            }
        }
        if (known != null) {
            return known;
        }
        return sector == null ? null : new Actor(null, sector, null, Actor.TEXT);
    }

    /**
     * The sector of an organization of the given country: the dictionary's where it knows this organization as that
     * country's ("China's People's Liberation Army" is CHN MIL, though "Liberation Army" reads as rebels), else the
     * one its name's words give, else the dictionary's.
     */
    private static String sector(Actor known, Country country, String fromName) {
        if (known != null && known.sector() != null && known.country() != null && country != null
                && known.country().iso3().equals(country.iso3())) {
            return known.sector();
        }
        return fromName != null ? fromName : known == null ? null : known.sector();
    }

    private Actor person(Entity person, List<CoreMap> sentences, DocumentEntities entities, LocalDate date, List<RoleHint> roles) {
        for (Mention m : person.mentions()) {
            if (m.kind() == Mention.Kind.NAME) {
                Actor before = preceding(sentences.get(m.sentence()), entities, m, person, true);
                if (before != null) {
                    return before;
                }
            }
        }
        for (RoleHint role : roles) {
            Actor held = role.person() == person ? roleActor(role) : null;
            if (held != null) {
                return held;
            }
        }
        return lookup(person, date);
    }

    /**
     * The actor a role makes its holder: the country's (sector by the title, a former one ELI) or the organization's;
     * null for an envoy, since the country an envoy is sent to is not theirs ("Caroline Kennedy, the U.S. ambassador to
     * Japan"), and for an organization of no known country or sector.
     */
    private Actor roleActor(RoleHint role) {
        if (role.role() != null && role.role().endsWith(" to")) {
            return null;
        }
        String sector = role.role() == null ? null : titleSector(List.of(role.role().split("\\s+")));
        if (role.of().type() == EntityType.COUNTRY) {
            return new Actor(role.of().country(), sector, null, Actor.TEXT);
        }
        Actor org = role.of().actor();
        if (org != null && (org.country() != null || org.sector() != null)) {
            String s = org.country() == null || sector == null ? org.sector() : sector;
            return new Actor(org.country(), s, org.country() == null ? org.code() : null, org.source());
        }
        return null;
    }

    /**
     * The dictionary's actor for an entity's fullest name ("Kim Jong-un" also as "Kim Jong un"). A surname is looked
     * up alone only when the document gives no fuller name ("President Kagame"): "Fritz Henderson" is not whoever
     * the dictionary calls Henderson.
     */
    private Actor lookup(Entity e, LocalDate date) {
        Actor found = dictionary.lookup(e.name(), date);
        if (found == null && e.name().contains("-")) {
            found = dictionary.lookup(e.name().replace('-', ' '), date);
        }
        return found;
    }

    /**
     * A country and title before a name: "Russian President Vladimir Putin", "Pakistan President Zia", "Lebanon's new
     * President Elias Hrawi", "U.S. General Mark Milley"; through an organization: "Pentagon spokesman John Kirby".
     * A person needs a title between the two ("In Russia Putin said" is no such phrase); an organization may follow
     * the country directly ("the Turkish Foreign Ministry").
     */
    private Actor preceding(CoreMap sentence, DocumentEntities entities, Mention m, Entity self, boolean needTitle) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<String> title = new ArrayList<>();
        int s = m.sentence();
        for (int i = m.firstToken() - 1; i >= 0 && i >= m.firstToken() - TITLE_WINDOW; i--) {
            Entity e = entities.at(s, i);
            DemonymMatch d = entities.demonymAt(s, i);
            String word = tokens.get(i).word();
            String lower = word.toLowerCase(Locale.ROOT);
            if (e != null && e != self && e.type() == EntityType.COUNTRY || e == null && d != null && !d.standsAlone()) {
                if (needTitle && title.isEmpty()) {
                    return null;
                }
                Country country = e != null ? e.country() : d.country();
                int before = i - 1;
                while (before >= 0 && (e != null ? entities.at(s, before) == e : entities.demonymAt(s, before) == d)) {
                    before--; // the start of "United States", "North Korean"
                }
                if (before >= 0 && List.of("former", "ex", "ex-").contains(tokens.get(before).word().toLowerCase(Locale.ROOT))) {
                    title.add(0, "former"); // "former Japanese Prime Minister"
                }
                return new Actor(country, titleSector(title), null, Actor.TEXT);
            }
            if (e != null && e != self && e.type() == EntityType.ORGANIZATION) {
                Actor org = e.actor();
                if (title.isEmpty() || org == null || org.country() == null && org.sector() == null) {
                    return null;
                }
                String sector = titleSector(title);
                boolean international = org.country() == null;
                return new Actor(org.country(), international || sector == null ? org.sector() : sector,
                        international ? org.code() : null, org.source());
            }
            if (e != null) {
                return null;
            }
            if (lower.equals("'s") || lower.equals("\u2019s") || lower.equals("'") || lower.equals("\u2019") || lower.equals("-")) {
                continue;
            }
            String tag = tokens.get(i).tag();
            if (roleWords.contains(lower) || tag != null && tag.startsWith("JJ") && !title.isEmpty()) {
                title.add(0, lower); // "Lebanon's new President", "the embattled Syrian leader"
                continue;
            }
            return null;
        }
        return null;
    }

    /**
     * The sector of an organization's name by its head noun, the last word before any "of" or "for": "Turkish
     * Foreign Ministry" GOV, "University of Michigan" EDU, "Canadian Auto Workers" LAB; "General Motors" is no
     * general, "Nigerian Union of Teachers" no school.
     */
    private String headSector(String name) {
        List<String> words = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (w.equals("of") || w.equals("for")) {
                break;
            }
            words.add(w);
        }
        for (int from = Math.max(0, words.size() - LONGEST_AGENT); from < words.size(); from++) {
            String sector = sectorByWords.get(String.join(" ", words.subList(from, words.size())));
            if (sector != null) {
                return sector;
            }
        }
        return null;
    }

    /** A country an organization's name starts with ("Nigerian Union of Teachers") or ends in ("... of Angola"). */
    private Country countryInName(String name) {
        String[] words = name.split("\\s+");
        for (int len = Math.min(4, words.length - 1); len >= 1; len--) {
            // "Ivory Coast's Supreme Court", "the Philippines' Supreme Court": the possessive country owns the body; not a
            // country's name that names a part of another country too (lexicon/ambiguous-country-names.txt: "Georgia's
            // Department of Public Health")
            String written = String.join(" ", java.util.Arrays.copyOfRange(words, 0, len));
            String head = written.replaceFirst("['\u2019]s?$", "");
            if (!head.equals(written) && ambiguousNames.contains(head)) {
                continue;
            }
            Country c = countries.byName(head) != null ? countries.byName(head) : countries.byDemonym(head);
            if (c != null && !countries.isNotACountry(String.join(" ", java.util.Arrays.copyOfRange(words, 0, Math.min(words.length, len + 1))))) {
                return c;
            }
        }
        for (int i = words.length - 2; i >= 1; i--) {
            if (words[i].equals("of")) {
                for (int len = Math.min(4, words.length - i - 1); len >= 1; len--) {
                    String tail = String.join(" ", java.util.Arrays.copyOfRange(words, i + 1, i + 1 + len));
                    Country c = countries.byName(tail);
                    if (c != null) {
                        return c;
                    }
                }
                break;
            }
        }
        return null;
    }
}
