package dev.newsie.relations;

import static dev.newsie.annotate.Lemmas.lemma;

import dev.newsie.clean.Datelines;
import dev.newsie.entities.Actor;
import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.Country;
import dev.newsie.entities.DemonymMatch;
import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import dev.newsie.entities.Mention;
import dev.newsie.settings.ModelFiles;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Roles from a state title that names no state ("Foreign Minister Sergei Lavrov", "President Emmanuel Macron",
 * "King Abdullah"). The title is the text's; the country is the one the dated actor dictionary gives the person for
 * the document's date, or else, for a person the document and dictionary tie to no country, the country of the
 * dateline ("TALLINN, Sept 5 (Reuters) - ... Interior Minister Lauri Laanemets"): wire copy names the nationality of
 * any official not of the dateline's country. The triple is stated only when the document names that country (a
 * triple joins two entities of the document). A title with a holder ("Russian Foreign Minister") is the relation
 * patterns' and gives the person a country from the text, so it never comes here. A past title ("former Interior
 * Minister") is stated as one ("former interior minister of").
 */
public final class BareTitleRoles {
    public static final String STATE_TITLES_FILE = "lexicon/state-titles.txt";
    static final String DICTIONARY_RULE = "dictionary-title";
    static final String DATELINE_RULE = "dateline-title";
    static final String PLACE_RULE = "where-clause-title";
    static final String LEAD_RULE = "lead-title";
    static final String NATIONALITY_RULE = "nationality-title";
    static final String ACCOMPANYING_RULE = "accompanying-title";
    private static final String FORMER_OFFICEHOLDERS = "ELI";
    /** Words before a title that make it no present office of the dictionary's state ("former", "then", "ex-"). */
    private final Set<String> pastMarkers;
    /** The heads of state offices ("president", "minister", "king"): the last word of the title phrase. */
    private final Set<String> stateTitles;
    private final ActorCountries actors;
    /** The heads of titles only a state gives ("minister", "king"): the only ones the dateline's country may hold. */
    private final StateOnlyTitles datelineHeads;
    private final double confidence;

    /** Words that make a headline's country the attacker, not the story's home ("Russian missile strike kills 12"). */
    private final AttackerWords attackerWords;
    /** title.nationality.heads and title.nationality.notModifiers: a state's whole office, not a province's. */
    private final Set<String> nationalityHeads;
    private final Set<String> subnationalModifiers;
    /** title.accompanying.relations: a state's official who accompanies its office holder ("who accompanied the president"). */
    private final Set<String> accompanyingRelations;
    /** The last day the actor dictionary's roles cover: after it, only a person's country is known from it. */
    private final LocalDate dictionaryEnd;
    /** "his Japanese counterpart": the demonym names the other side, not the story's home. */
    private final Set<String> counterpartNouns;
    /** title.lead.sentences: how many sentences, the headline first, may give a story without a dateline its home. */
    private final int leadSentences;

    public BareTitleRoles(List<String> stateTitleLines, Set<String> pastMarkers, StateOnlyTitles datelineHeads, double confidence,
                          ActorCountries actors, AttackerWords attackerWords, Set<String> counterpartNouns, LocalDate dictionaryEnd,
                          Set<String> nationalityHeads, Set<String> subnationalModifiers, Set<String> accompanyingRelations,
                          int leadSentences) {
        this.dictionaryEnd = dictionaryEnd;
        this.leadSentences = leadSentences;
        this.accompanyingRelations = Set.copyOf(accompanyingRelations);
        this.nationalityHeads = Set.copyOf(nationalityHeads);
        this.subnationalModifiers = Set.copyOf(subnationalModifiers);
        this.attackerWords = attackerWords;
        this.counterpartNouns = counterpartNouns;
        this.stateTitles = ModelFiles.lowercaseLines(stateTitleLines);
        this.pastMarkers = pastMarkers;
        this.datelineHeads = datelineHeads;
        this.confidence = confidence;
        this.actors = actors;
    }

    /**
     * Lemmas that make a headline's country the attacker, and those of them that do so only as verbs: as nouns they
     * are as often a labour strike or the weather ("French rail strike", "UK storm kills 2").
     */
    public record AttackerWords(Set<String> lemmas, Set<String> onlyAsVerbs, Set<String> attackNouns, Set<String> harmVerbs) {
        public AttackerWords {
            lemmas = Set.copyOf(lemmas);
            onlyAsVerbs = Set.copyOf(onlyAsVerbs);
            attackNouns = Set.copyOf(attackNouns);
            harmVerbs = Set.copyOf(harmVerbs);
        }
    }

    /**
     * The heads of titles the home's state gives (title.dateline.heads: "minister", "king", and "president" with
     * title.dateline.fullNameHeads' conditions), and those that a state gives only after a ministry's field
     * (title.dateline.fieldHeads, lexicon/ministry-fields.txt and "Health Secretary", "Education Cabinet Secretary"; not
     * "general secretary").
     */
    public record StateOnlyTitles(Set<String> heads, Set<String> fieldHeads, Set<String> fields, Set<String> fullNameHeads,
                                  Set<String> otherHolderSectors, Set<String> otherHolderHeads) {
        public StateOnlyTitles {
            heads = Set.copyOf(heads);
            fieldHeads = Set.copyOf(fieldHeads);
            fields = Set.copyOf(fields);
            fullNameHeads = Set.copyOf(fullNameHeads);
            otherHolderSectors = Set.copyOf(otherHolderSectors);
            otherHolderHeads = Set.copyOf(otherHolderHeads);
        }

        /**
         * Whether the head is one the home's state gives here; one of fullNameHeads only before a holder named in full and
         * with no body of otherHolderSectors or with a name ending in one of otherHolderHeads named before it in its
         * sentence or the one before ("The World Bank approved the loan. President Ajay Banga said", "The Croatian
         * Football Federation fined Dinamo. President Marijan Kustić said").
         */
        boolean fit(DocumentEntities entities, List<CoreLabel> tokens, int head, Mention holder) {
            String word = tokens.get(head).word().toLowerCase(Locale.ROOT);
            boolean stateOnly = !fullNameHeads.contains(word)
                    || holder.endToken() - holder.firstToken() > 1 && !otherHolderBefore(entities, holder);
            return heads.contains(word) && stateOnly
                    || fieldHeads.contains(word) && head > 0 && fields.contains(tokens.get(head - 1).word().toLowerCase(Locale.ROOT));
        }

        private boolean otherHolderBefore(DocumentEntities entities, Mention holder) {
            for (int s = holder.sentence(); s >= Math.max(0, holder.sentence() - 1); s--) {
                int end = s == holder.sentence() ? holder.firstToken() : entities.tokenCount(s);
                for (int k = 0; k < end; k++) {
                    Entity e = entities.at(s, k);
                    if (e != null && e.type() == EntityType.ORGANIZATION && (e.actor() != null && e.actor().sector() != null
                            && otherHolderSectors.contains(e.actor().sector()) || otherHolderHeads.contains(e.lastWord()))) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** A dateline's country and where the text after it starts (character offset): mentions before that are the dateline's. */
    record Dateline(Country country, int bodyStart) {
        static final Dateline NONE = new Dateline(null, 0);
    }

    /** The first of the text's datelines that names a region or a known place: its region's country if it names one, else its place's. */
    Dateline dateline(List<Datelines.Found> datelines) {
        for (Datelines.Found d : datelines) {
            // "KYIV, Ukraine (AP)": the region's country; "MOSCOW, Idaho (AP)" names no country at all
            Country country = d.region() != null ? actors.placeCountry(d.region()) : actors.placeCountry(d.place());
            if (country != null || d.region() != null) {
                return new Dateline(country, d.bodyStart());
            }
        }
        return Dateline.NONE;
    }

    /** Adds the roles to the triples (after {@link EventCoder#code}, which gives each person its actor). */
    public List<Triple> add(Annotation doc, DocumentEntities entities, List<Triple> triples, RelationTypes types,
                            List<Datelines.Found> datelines, String docDate) {
        boolean afterDictionary = docDate != null && docDate.length() >= 10 && LocalDate.parse(docDate.substring(0, 10)).isAfter(dictionaryEnd);
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        Set<Entity> withCountryRole = Triple.officeHolders(triples, EntityType.COUNTRY);
        Dateline dateline = dateline(datelines);
        String homeRule = DATELINE_RULE;
        if (dateline.country() == null) {
            // no dateline: the country the story opens with is its home ("Philippines accuses Chinese coast guard ...")
            // a dateline that names no country ("MOSCOW, Idaho (AP)") leaves only its own sentence to name one
            Country lead = leadCountry(entities, sentences, dateline == Dateline.NONE ? leadSentences : 1);
            if (lead != null) {
                dateline = new Dateline(lead, 0);
                homeRule = LEAD_RULE;
            }
        }
        Country datelineCountry = dateline.country();
        List<Triple> found = new ArrayList<>();
        for (Entity person : List.copyOf(entities.entities())) {
            Actor actor = person.actor();
            if (person.type() != EntityType.PERSON || withCountryRole.contains(person)) {
                continue;
            }
            boolean known = actor != null && actor.country() != null;
            // the dictionary's elite (ELI) are former officeholders on the document's date: only a "former" title is theirs
            boolean formerOnly = known && FORMER_OFFICEHOLDERS.equals(actor.sector());
            // the dateline's country only for someone neither the text nor the dictionary ties to anything (an IGO's
            // president is no official of the country the summit is in)
            boolean unknown = actor == null || actor.country() == null && !Actor.DICTIONARY.equals(actor.source());
            // the text ties the person to the story's home itself ("Prime Minister Giorgia Meloni, the leader of the
            // Brothers of Italy party," in a story about Italy): the two agree
            boolean homeByText = known && !Actor.DICTIONARY.equals(actor.source()) && actor.country().equals(datelineCountry);
            Country of = known && Actor.DICTIONARY.equals(actor.source()) ? actor.country() : unknown || homeByText ? datelineCountry : null;
            // after the dictionary's roles end, what it says of a person is only the person's country: a minister's
            // title the text gives is held there ("Foreign Minister Penny Wong" in 2025; the dictionary's role ended 2016)
            boolean dictionaryOnly = actor == null || Actor.DICTIONARY.equals(actor.source()) && (actor.country() == null || formerOnly);
            Country nationality = afterDictionary && dictionaryOnly ? actors.dictionaryNationality(person.name(), dictionaryEnd) : null;
            Triple national = nationality == null ? null : nationalityRole(entities, sentences, person, nationality);
            if (national != null) {
                found.add(national);
                continue;
            }
            Triple accompanying = unknown ? accompanyingRole(entities, sentences, person, triples) : null;
            if (accompanying != null) {
                found.add(accompanying);
                continue;
            }
            Entity country = of == null ? null : entities.countryEntity(of);
            // a text that names the country only by its demonym ("Dutch centrist leader ...") names it too
            DemonymMatch demonym = of != null && (country == null || country.mentions().isEmpty()) ? entities.firstDemonym(of) : null;
            if (demonym != null) {
                country = entities.activate(demonym);
            }
            Triple placed = unknown ? placeRole(entities, sentences, person) : null;
            if (placed != null || (country == null || country.mentions().isEmpty()) && unknown) {
                if (placed != null) {
                    found.add(placed); // "travel to South Korea, where he will meet acting President X": the place's, not the home's
                }
                if (demonym != null) {
                    entities.deactivate(demonym);
                }
                continue;
            }
            if (country == null || country.mentions().isEmpty()) {
                continue;
            }
            String rule = known && !homeByText ? DICTIONARY_RULE : homeRule;
            Entity home = country;
            Dateline line = dateline;
            Triple role = firstRole(entities, sentences, person, home, rule, formerOnly,
                    m -> !isHome(rule) || inFocus(entities, sentences, m, home, line.bodyStart()), t -> true);
            if (role != null) {
                found.add(role);
            } else if (demonym != null) {
                entities.deactivate(demonym);
            }
        }
        return types.appendTyped(triples, found);
    }

    /**
     * Whether a title is a state's whole office: its head one of title.nationality.heads ("minister", not "premier", which
     * provinces have too) and none of its words one of title.nationality.notModifiers ("chief minister" is a state's
     * of India's, "first minister" Scotland's).
     */
    private boolean nationalOffice(String predicate) {
        String title = Triple.titleOf(predicate);
        String[] words = title.split(" ");
        return nationalityHeads.contains(words[words.length - 1])
                && java.util.Arrays.stream(words).noneMatch(subnationalModifiers::contains);
    }

    /** The role a minister's bare title states in the person's country by the dictionary, or null (none, or no mention of the country). */
    private Triple nationalityRole(DocumentEntities entities, List<CoreMap> sentences, Entity person, Country nationality) {
        Entity country = entities.countryEntity(nationality);
        DemonymMatch demonym = country == null || country.mentions().isEmpty() ? entities.firstDemonym(nationality) : null;
        if (demonym != null) {
            country = entities.activate(demonym);
        }
        if (country == null || country.mentions().isEmpty()) {
            return null;
        }
        // not "Chief Minister Mamata Banerjee of West Bengal": the place named after the name is the office's
        Triple role = firstRole(entities, sentences, person, country, NATIONALITY_RULE, false, m -> {
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            return m.endToken() >= tokens.size() || !tokens.get(m.endToken()).word().equalsIgnoreCase("of");
        }, t -> nationalOffice(t.predicate()));
        if (role == null && demonym != null) {
            entities.deactivate(demonym);
        }
        return role;
    }

    /**
     * The role the first of the person's names states by a bare title before it or in apposition after it, of the names
     * {@code usable} takes and the roles {@code accepted} takes; null for none.
     */
    private Triple firstRole(DocumentEntities entities, List<CoreMap> sentences, Entity person, Entity country, String rule,
                             boolean formerOnly, Predicate<Mention> usable, Predicate<Triple> accepted) {
        for (Mention m : person.mentions()) {
            if (m.kind() != Mention.Kind.NAME || !usable.test(m)) {
                continue;
            }
            Triple role = role(entities, sentences.get(m.sentence()), m, person, country, rule, formerOnly);
            if (role == null) {
                role = appositiveRole(entities, sentences.get(m.sentence()), m, person, country, rule, formerOnly);
            }
            if (role != null && accepted.test(role)) {
                return role;
            }
        }
        return null;
    }

    /**
     * "Foreign Minister Alberto van Klaveren, who accompanied the president, met ...", "The president was accompanied by
     * Trade Secretary Cristina Roque": an official who accompanies a state's office holder on a trip is that state's, so
     * a bare state title is held in the country of the one accompanied (the first such office of the text's triples).
     */
    private Triple accompanyingRole(DocumentEntities entities, List<CoreMap> sentences, Entity person, List<Triple> triples) {
        for (Triple t : triples) {
            if (t.subject() != person || t.relation() == null || !accompanyingRelations.contains(t.relation().name())
                    || t.object().type() != EntityType.PERSON || t.negated() || escortedTo(entities, sentences, t)) {
                continue;
            }
            Entity country = triples.stream().filter(o -> o.subject() == t.object() && o.isPositionHeld() && o.object().type() == EntityType.COUNTRY)
                    .map(Triple::object).findFirst().orElse(null);
            Triple role = country == null ? null : firstRole(entities, sentences, person, country, ACCOMPANYING_RULE, false, m -> true, r -> true);
            if (role != null) {
                return role;
            }
        }
        return null;
    }

    /**
     * Whether the accompanying took the one accompanied somewhere ("who accompanied him to the Imperial Palace", "was
     * accompanied to the palace by ..."): a host's official escorting a visitor, not one of the visitor's party. The
     * first preposition after the verb (past a date: "on Monday"), before the clause's comma, is "to", and not to a
     * country ("who accompanied him to Vietnam", "on his visit to Vietnam": the visitor's party).
     */
    private static boolean escortedTo(DocumentEntities entities, List<CoreMap> sentences, Triple t) {
        int verb = t.anchors().predicate();
        if (verb < 0 || t.sentence() >= sentences.size()) {
            return false;
        }
        List<CoreLabel> tokens = sentences.get(t.sentence()).get(CoreAnnotations.TokensAnnotation.class);
        for (int k = verb + 1; k < tokens.size() && !tokens.get(k).word().equals(","); k++) {
            if (!"IN".equals(tokens.get(k).tag()) && !"TO".equals(tokens.get(k).tag())) {
                continue;
            }
            if (!tokens.get(k).word().equalsIgnoreCase("to")) {
                Entity when = k + 1 < tokens.size() ? entities.at(t.sentence(), k + 1) : null;
                if (when != null && when.type() == EntityType.DATE) {
                    continue; // "who accompanied Modi on Monday to the Imperial Palace"
                }
                return false;
            }
            for (int n = k + 1; n < tokens.size() && (tokens.get(n).tag().startsWith("NN") || "DT".equals(tokens.get(n).tag())); n++) {
                Entity place = entities.at(t.sentence(), n);
                if (place != null && place.type() == EntityType.COUNTRY) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }

    /**
     * "Boric will travel to South Korea, where he will meet acting President Choi Sang-mok": a bare state title in a
     * "where" clause of a country is that country's (for someone neither the text nor the dictionary ties to a country);
     * the clause runs from the comma after the country (and a date: "on Thursday") to the name, with no other country
     * or organization between.
     */
    private Triple placeRole(DocumentEntities entities, List<CoreMap> sentences, Entity person) {
        for (Mention m : person.mentions()) {
            if (m.kind() != Mention.Kind.NAME) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            for (int k = m.firstToken() - 1; k >= 2; k--) {
                Entity between = entities.at(m.sentence(), k);
                if (between != null && between.type() != EntityType.PERSON || entities.demonymAt(m.sentence(), k) != null) {
                    break;
                }
                if (tokens.get(k).word().equalsIgnoreCase("where") && tokens.get(k - 1).word().equals(",")) {
                    // past a date after the place ("to South Korea on Thursday, where")
                    int at = k - 2;
                    while (at > 0 && k - 2 - at < 4 && (entities.at(m.sentence(), at) != null && entities.at(m.sentence(), at).type() == EntityType.DATE
                            || entities.at(m.sentence(), at) == null && "IN".equals(tokens.get(at).tag()))) {
                        at--;
                    }
                    Entity place = entities.at(m.sentence(), at);
                    if (place == null || place.type() != EntityType.COUNTRY) {
                        break;
                    }
                    Triple role = role(entities, sentences.get(m.sentence()), m, person, place, PLACE_RULE, false);
                    if (role != null) {
                        return role;
                    }
                    break;
                }
            }
        }
        return null;
    }

    /** The role a bare state title right before a name states, or null. */
    private Triple role(DocumentEntities entities, CoreMap sentence, Mention m, Entity person, Entity country, String rule,
                        boolean formerOnly) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        TitlePhrase title = titleBefore(entities, tokens, m, m.firstToken(), rule, formerOnly);
        int end = m.firstToken();
        int comma = m.firstToken() - 1;
        if (title == null && comma > 0 && tokens.get(comma).word().equals(",")) {
            // "championed by the interior minister, Vít Rakušan,": the title set off by a comma before the name, after
            // "the" (not "Poland's interior minister, X", whose holder the patterns read, nor a body's title with the
            // body's word: "the police president, X", title.dateline.otherHolderHeads)
            TitlePhrase setOff = titleBefore(entities, tokens, m, comma, rule, formerOnly);
            // the name set off too: not "After meeting the interior minister, Petr Fiala said", where the comma ends a phrase
            if (setOff != null && closesPhrase(tokens, m.endToken()) && setOff.start() > 0 && tokens.get(setOff.start() - 1).word().equalsIgnoreCase("the")
                    && setOff.words().stream().noneMatch(datelineHeads.otherHolderHeads()::contains)) {
                title = setOff;
                end = comma;
            }
        }
        return title == null ? null : roleTriple(person, country, tokens, m, title.start(), end, title.head(), title.words(),
                title.former(), rule);
    }

    /**
     * The present state office a bare title right before one of the person's names states, as a predicate ("Foreign
     * Minister Alberto van Klaveren": "foreign minister of"), whatever its country; null for none.
     */
    public String officeBefore(Annotation doc, DocumentEntities entities, Entity person) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (Mention m : person.mentions()) {
            if (m.kind() != Mention.Kind.NAME || m.sentence() >= sentences.size()) {
                continue;
            }
            List<CoreLabel> tokens = sentences.get(m.sentence()).get(CoreAnnotations.TokensAnnotation.class);
            TitlePhrase title = titleBefore(entities, tokens, m, m.firstToken(), DICTIONARY_RULE, false);
            if (title != null && !title.former()) {
                return String.join(" ", beforeOf(title.words())) + " of";
            }
        }
        return null;
    }

    /** A bare title's words before a name: from token {@code start}, its head token, and whether it is a past office. */
    private record TitlePhrase(int start, int head, List<String> words, boolean former) {
    }

    /** The bare state title right before the mention (ending before token {@code nameStart}), or null. */
    private TitlePhrase titleBefore(DocumentEntities entities, List<CoreLabel> tokens, Mention m, int nameStart, String rule, boolean formerOnly) {
        int s = m.sentence();
        int start = nameStart;
        int head = -1; // the title's head: its last word before any "of" ("Secretary of State": secretary)
        while (start > 0 && entities.at(s, start - 1) == null && entities.demonymAt(s, start - 1) == null) {
            String word = tokens.get(start - 1).word();
            boolean connector = word.equalsIgnoreCase("of") || word.equalsIgnoreCase("for");
            if (connector && head >= 0 && stateTitles.contains(tokens.get(head).word().toLowerCase(Locale.ROOT))) {
                break; // "the government of Prime Minister Dick Schoof", "a spokesman for President X": the title starts after it
            } else if (connector && start - 2 >= 0 && start < nameStart && actors.isRoleWord(tokens.get(start - 2).word())) {
                head = -1; // "Secretary of State", "Minister of Defence", "Minister for Finance"
            } else if (word.equalsIgnoreCase("the") && start - 3 >= 0 && start < nameStart && head >= 0
                    && !stateTitles.contains(tokens.get(head).word().toLowerCase(Locale.ROOT))
                    && tokens.get(start - 2).word().matches("(?i)of|for") && actors.isRoleWord(tokens.get(start - 3).word())
                    && Character.isUpperCase(tokens.get(start).word().charAt(0))) {
                // "Minister for the Marine Cathal Brennan": the article of the field
            } else if (!actors.isRoleWord(word)) {
                break;
            } else if (head < 0) {
                head = start - 1;
            }
            start--;
        }
        if (!titleFits(entities, tokens, head, rule, m) || holderAfter(entities, tokens, m)) {
            return null; // "President Claudine Gay of Harvard University": the patterns'; "President Ajay Banga": maybe no state's
        }
        // "former Interior Minister X", "the late King Hussein": a past office, stated as such ("former interior minister of")
        boolean former = false;
        while (start > 0 && pastMarkers.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            former = true;
            start--;
        }
        List<String> words = new ArrayList<>();
        for (int i = start; i < nameStart; i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (pastMarkers.contains(word)) {
                former = true;
            } else {
                words.add(word);
            }
        }
        if (formerOnly && !former || start > 0 && !opensTitle(tokens.get(start - 1))) {
            return null; // a former officeholder's present title; "Turkish President X", "Russia's President X": the patterns'
        }
        return new TitlePhrase(start, head, words, former);
    }

    /**
     * The role a bare state title in apposition after a name states ("John Kerry, the Secretary of State, said",
     * "Lauri Laanemets, the interior minister,"), or null: the title runs from after the comma (and an article) to the
     * next comma or the sentence's end; a title with its holder ("the foreign minister of Japan") is the patterns'.
     */
    private Triple appositiveRole(DocumentEntities entities, CoreMap sentence, Mention m, Entity person, Entity country, String rule,
                                  boolean formerOnly) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int s = m.sentence();
        int start = m.endToken() + 1;
        if (start >= tokens.size() || !tokens.get(m.endToken()).word().equals(",")) {
            return null;
        }
        if (tokens.get(start).tag() != null && tokens.get(start).tag().equals("DT")) {
            start++;
        }
        int end = start;
        int head = -1;
        boolean former = false;
        List<String> words = new ArrayList<>();
        for (; end < tokens.size(); end++) {
            String word = tokens.get(end).word();
            String lower = word.toLowerCase(Locale.ROOT);
            if (entities.at(s, end) != null || entities.demonymAt(s, end) != null) {
                return null; // a holder: "the foreign minister of Japan", "the Japanese foreign minister"
            }
            if (pastMarkers.contains(lower)) {
                former = true;
            } else if (lower.equals("of") && head >= 0 && end + 1 < tokens.size() && actors.isRoleWord(tokens.get(end + 1).word())
                    && !stateTitles.contains(tokens.get(end + 1).word().toLowerCase(Locale.ROOT))) {
                words.add(lower); // "Secretary of State": the head stays before "of"
                end++;
                words.add(tokens.get(end).word().toLowerCase(Locale.ROOT));
            } else if (actors.isRoleWord(word)) {
                words.add(lower);
                if (!words.contains("of")) {
                    head = end;
                }
            } else {
                break;
            }
        }
        if (!closesPhrase(tokens, end) || !titleFits(entities, tokens, head, rule, m) || formerOnly && !former) {
            return null;
        }
        return roleTriple(person, country, tokens, m, start, end, head, words, former, rule);
    }

    /**
     * Whether a title's head (-1: none) is a state office's, and, for the dateline's country, one only a state gives
     * (title.dateline.fullNameHeads only before a holder named in full, after no other body that has one).
     */
    private boolean titleFits(DocumentEntities entities, List<CoreLabel> tokens, int head, String rule, Mention holder) {
        String word = head < 0 ? null : tokens.get(head).word().toLowerCase(Locale.ROOT);
        return word != null && stateTitles.contains(word) && (!isHome(rule) && !rule.equals(NATIONALITY_RULE)
                || datelineHeads.fit(entities, tokens, head, holder));
    }

    /** Whether the sentence ends at token {@code at} or a punctuation mark stands there: a phrase set off before it closes. */
    private static boolean closesPhrase(List<CoreLabel> tokens, int at) {
        return at >= tokens.size() || !Character.isLetterOrDigit(tokens.get(at).word().charAt(0));
    }

    /** Whether the rule gives the story's home country (its dateline's, or the one it opens with). */
    private static boolean isHome(String rule) {
        return rule.equals(DATELINE_RULE) || rule.equals(LEAD_RULE);
    }

    /**
     * The country a story without a dateline is about: the only one its first sentence that names any (the headline
     * where it has one; else the lead after it, within title.lead.sentences) names, by name or demonym ("Dutch parties agree minority coalition ...", "EU court rules Hungary's sovereignty law
     * breaches European law"); null when it names none or several ("Kushner presents credentials as US ambassador to
     * France" is about both), or names it as an attacker ("Russian missile strike kills 12 in Kharkiv" is about the
     * place struck) or as a counterpart's ("Foreign Minister X meets Japanese counterpart": X is no Japanese minister). The story's own officials go unqualified, as on the wire.
     */
    private Country leadCountry(DocumentEntities entities, List<CoreMap> sentences, int within) {
        // a headline without a country ("Wildfire forces 30,000 from their homes"): the lead that follows it names the home
        for (int s = 0; s < Math.min(within, sentences.size()); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            List<Country> named = countriesNamed(entities, tokens, s, entities.tokenCount(s), 0);
            if (!named.isEmpty()) {
                Country home = onlyHome(entities, tokens, s, named);
                // after a headline without one, a country the lead names in passing ("misused funds on trips to France")
                // is no home: it must be the one the story names most, in two sentences or more
                return s == 0 || home == null || home.equals(mostNamed(entities, sentences)) ? home : null;
            }
        }
        return null;
    }

    /**
     * The country named in the most sentences, in two or more and more than any other; else null. A sentence names a
     * country by its name or demonym, or by an organization the text ties to it ("the Canadian Armed Forces").
     */
    private Country mostNamed(DocumentEntities entities, List<CoreMap> sentences) {
        List<Set<Country>> named = new ArrayList<>();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            named.add(new HashSet<>(countriesNamed(entities, tokens, s, entities.tokenCount(s), 0)));
        }
        for (Entity e : entities.entities()) {
            Actor actor = e.actor();
            if (e.type() == EntityType.ORGANIZATION && actor != null && actor.country() != null && Actor.TEXT.equals(actor.source())) {
                e.mentions().forEach(m -> named.get(m.sentence()).add(actor.country()));
            }
        }
        Map<Country, Integer> counts = new HashMap<>();
        for (Set<Country> countries : named) {
            for (Country c : countries) {
                if (c != null) {
                    counts.merge(c, 1, Integer::sum);
                }
            }
        }
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        List<Country> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey).toList();
        return most >= 2 && top.size() == 1 ? top.get(0) : null;
    }

    /**
     * The country whose name (not a seat of government's) ends a name of two or more words right after another name
     * word, or null: "Creative New Zealand", "Focus Ireland" name the country they serve; "the Serum Institute of India"
     * is a company of India, named in a story about Ghana as such.
     */
    private Country countryEndingName(String name) {
        String[] words = name.split("\\s+");
        for (int k = 1; k < words.length && k <= 3; k++) {
            if (!Character.isUpperCase(words[k - 1].charAt(0))) {
                continue;
            }
            String tail = String.join(" ", java.util.Arrays.asList(words).subList(k, words.length));
            Country country = actors.isSeatOfGovernment(tail) ? null : actors.placeCountry(tail);
            if (country != null) {
                return country;
            }
        }
        return null;
    }

    private Country onlyHome(DocumentEntities entities, List<CoreLabel> tokens, int s, List<Country> named) {
        if (named.contains(null) || new HashSet<>(named).size() > 1) {
            return null;
        }
        for (int t = 0; t < tokens.size(); t++) {
            boolean namesCountry = entities.demonymAt(s, t) != null
                    || entities.at(s, t) != null && entities.at(s, t).type() == EntityType.COUNTRY;
            boolean lastWordOfName = t + 1 == tokens.size() || entities.at(s, t + 1) == null && entities.demonymAt(s, t + 1) == null;
            if (namesCountry && lastWordOfName && (attackerFollows(tokens, t + 1, attackerWords)
                    || t + 1 < tokens.size() && counterpartNouns.contains(lemma(tokens.get(t + 1))))) {
                return null;
            }
        }
        return named.get(0);
    }

    /**
     * Whether one of the two words from {@code start} is an attacker's word ("[Russian] missile strike", "[Israel]
     * strikes"); not where the country suffers the act ("Germany hit by rail strike": a participle with "by").
     */
    private static boolean attackerFollows(List<CoreLabel> tokens, int start, AttackerWords attackerWords) {
        for (int t = start; t < Math.min(start + 2, tokens.size()); t++) {
            CoreLabel token = tokens.get(t);
            String tag = token.tag() == null ? "" : token.tag();
            if (tag.equals("VBN") && t + 1 < tokens.size() && tokens.get(t + 1).word().equalsIgnoreCase("by")) {
                return false;
            }
            String lemma = lemma(token);
            if (attackerWords.onlyAsVerbs().contains(lemma) && !tag.startsWith("VB") && !(t == start && attackNoun(tokens, t, attackerWords))) {
                continue;
            }
            if (attackerWords.lemmas().contains(lemma) || attackerWords.lemmas().contains(token.word().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the noun at {@code t}, right after the country, is an attack: the headline's verb after it is one of harm
     * ("Israeli strike kills 20", "Israeli strike in Gaza kills 20") or "on"/"against" and a name follow ("Russian strike
     * on Kharkiv"); not a labour strike ("French strike ends", "French strike in Paris disrupts flights").
     */
    private static boolean attackNoun(List<CoreLabel> tokens, int t, AttackerWords attackerWords) {
        if (!attackerWords.attackNouns().contains(lemma(tokens.get(t))) || t + 1 >= tokens.size()) {
            return false;
        }
        // the headline's verb, after the noun's own phrase ("Israeli strike in Gaza kills 20")
        for (int k = t + 1; k < tokens.size(); k++) {
            String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
            if (tag.startsWith("VB")) {
                if (attackerWords.harmVerbs().contains(lemma(tokens.get(k)))) {
                    return true;
                }
                break;
            }
        }
        // "on"/"against" and a name, past an article or adjective ("Russian strike on Kharkiv", "on a Gaza school")
        if (!tokens.get(t + 1).word().matches("(?i)on|against")) {
            return false;
        }
        for (int k = t + 2; k < Math.min(tokens.size(), t + 5); k++) {
            String tag = tokens.get(k).tag() == null ? "" : tokens.get(k).tag();
            if (tag.startsWith("NNP")) {
                return true;
            }
            if (!tag.equals("DT") && !tag.startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The countries sentence {@code s} names, by name or demonym, in order, before token {@code end} and from character
     * {@code bodyStart} on (past a dateline); null for a country entity the table has no row for.
     */
    private List<Country> countriesNamed(DocumentEntities entities, List<CoreLabel> tokens, int s, int end, int bodyStart) {
        List<Country> named = new ArrayList<>();
        for (int t = 0; t < end; t++) {
            if (tokens.get(t).beginPosition() < bodyStart) {
                continue; // the dateline's own "KYIV, Ukraine"
            }
            Entity e = entities.at(s, t);
            DemonymMatch demonym = e == null ? entities.demonymAt(s, t) : null;
            boolean adjective = tokens.get(t).tag() != null && tokens.get(t).tag().startsWith("JJ");
            // "Creative New Zealand", "Focus Ireland": the name names the country (read at the name's last word)
            Country ending = e != null && e.type() == EntityType.ORGANIZATION && entities.at(s, t + 1) != e ? countryEndingName(e.name()) : null;
            if (e != null && e.type() == EntityType.COUNTRY && !(adjective && nationalityOfANamedPerson(entities, tokens, s, t))) {
                named.add(e.country());
            } else if (ending != null) {
                named.add(ending);
            } else if (demonym != null && !nationalityOfANamedPerson(entities, tokens, s, t)) {
                named.add(demonym.country());
            }
        }
        return named;
    }

    /**
     * "Wellington Philharmonic names Polish conductor Tomasz Wierzbicki": a demonym before the common nouns that describe
     * a person named right after them states the person's nationality, not where the story is.
     */
    private static boolean nationalityOfANamedPerson(DocumentEntities entities, List<CoreLabel> tokens, int s, int t) {
        int k = t + 1;
        while (k < tokens.size() && k <= t + 3 && entities.at(s, k) == null && tokens.get(k).tag() != null
                && tokens.get(k).tag().matches("NNS?|JJ")) {
            k++;
        }
        if (k == t + 1 || k >= tokens.size()) {
            return false;
        }
        // a headline's name may be the tagger's person only
        Entity after = entities.at(s, k);
        return after != null ? after.type() == EntityType.PERSON : "PERSON".equals(tokens.get(k).ner()) && "NNP".equals(tokens.get(k).tag());
    }

    /** The role triple of a title's words (tokens start..end of the sentence), evidence the whole sentence. */
    private Triple roleTriple(Entity person, Entity country, List<CoreLabel> tokens, Mention m, int start, int end, int head,
                              List<String> words, boolean former, String rule) {
        String text = Triple.originalText(tokens, start, end);
        String predicate = (former ? "former " : "") + String.join(" ", beforeOf(words)) + " of";
        return Triple.sentenceRole(person, predicate, country, text, m.sentence(), tokens, confidence, rule)
                .withAnchors(m.firstToken(), head, -1);
    }

    /**
     * What may stand right before a bare title: the start of the sentence's clause or a function word, not a holder
     * ("said that chief executive X": the tagger calls that "that" WDT at times).
     */
    static boolean opensTitle(CoreLabel before) {
        String tag = before.tag() == null ? "" : before.tag();
        return tag.equals("DT") || tag.equals("IN") || tag.equals("WDT") || tag.equals("CC") || tag.equals(",") || tag.equals("``") || tag.equals("''")
                || tag.equals(":") || tag.equals("HYPH") || tag.equals("-LRB-") || tag.equals("-RRB-") || tag.startsWith("VB") || tag.equals("TO")
                || tag.equals(".");
    }

    /**
     * Whether the dateline's country is the one the text is about where a bare title stands: the country is named (by
     * name or demonym) before the name in its sentence, else in the sentence before, or no country at all is named
     * there. Wire copy names the nationality of an official not of the dateline's country, so only a passage that names
     * other countries alone takes the title away (a story datelined KYIV turns to the UAE: "The UAE has mediated more
     * than a dozen exchanges. Foreign Minister Sheikh Abdullah bin Zayed said ..." is the UAE's minister); where the
     * dateline's country is named beside another ("Zakharova said Russia would respond, suggesting an Estonian diplomat
     * would be ordered out of Moscow. Prime Minister Kristen Michal said", datelined TALLINN) the convention holds.
     */
    private boolean inFocus(DocumentEntities entities, List<CoreMap> sentences, Mention m, Entity datelineCountry, int bodyStart) {
        String dateline = datelineCountry.country() == null ? null : datelineCountry.country().iso3();
        for (int s = m.sentence(); s >= Math.max(0, m.sentence() - 1); s--) {
            int end = s == m.sentence() ? m.firstToken() : entities.tokenCount(s);
            List<Country> named = countriesNamed(entities, sentences.get(s).get(CoreAnnotations.TokensAnnotation.class), s, end, bodyStart);
            if (!named.isEmpty()) {
                return dateline != null && named.stream().anyMatch(c -> c != null && c.iso3().equals(dateline));
            }
        }
        return true;
    }

    /** "President Claudine Gay of Harvard University": a holder named after the name makes the title the patterns'. */
    private static boolean holderAfter(DocumentEntities entities, List<CoreLabel> tokens, Mention m) {
        int next = m.endToken();
        return next + 1 < tokens.size() && tokens.get(next).word().equalsIgnoreCase("of")
                && entities.at(m.sentence(), next + 1 < tokens.size() && tokens.get(next + 1).tag() != null
                        && tokens.get(next + 1).tag().equals("DT") ? next + 2 : next + 1) != null;
    }

    /** A title's words up to any "of" or "for" ("secretary of state", "minister for finance"): the head its predicate names. */
    private static List<String> beforeOf(List<String> words) {
        int of = words.indexOf("of");
        int forField = words.indexOf("for");
        int cut = of > 0 && (forField <= 0 || of < forField) ? of : forField;
        return cut > 0 ? words.subList(0, cut) : words;
    }
}
