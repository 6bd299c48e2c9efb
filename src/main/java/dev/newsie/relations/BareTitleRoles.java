package dev.newsie.relations;

import dev.newsie.entities.Actor;
import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.Country;
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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
    private static final double CONFIDENCE = 0.6;
    private static final String FORMER_OFFICEHOLDERS = "ELI";
    /** Words before a title that make it no present office of the dictionary's state ("former", "then", "ex-"). */
    private final Set<String> pastMarkers;
    /** The heads of state offices ("president", "minister", "king"): the last word of the title phrase. */
    private final Set<String> stateTitles;
    private final ActorCountries actors;
    /** A dateline line ("KYIV, Ukraine (AP) —", "TALLINN, Sept 5 (Reuters) -"): groups place and, optionally, region. */
    private final Pattern dateline;
    private final int datelineLines;

    public BareTitleRoles(List<String> stateTitleLines, Set<String> pastMarkers, Pattern dateline, int datelineLines, ActorCountries actors) {
        this.stateTitles = ModelFiles.lowercaseLines(stateTitleLines);
        this.pastMarkers = pastMarkers;
        this.dateline = dateline;
        this.datelineLines = datelineLines;
        this.actors = actors;
    }

    /** The country of the text's dateline, among its first lines: its region if a country, else its place's; or null. */
    Country datelineCountry(String text) {
        int seen = 0;
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            if (++seen > datelineLines) {
                break;
            }
            Matcher m = dateline.matcher(line.strip());
            if (m.matches()) {
                Country region = m.group("region") == null ? null : actors.placeCountry(m.group("region"));
                return region != null ? region : actors.placeCountry(m.group("place"));
            }
        }
        return null;
    }

    /** Adds the roles to the triples (after {@link EventCoder#code}, which gives each person its actor). */
    public List<Triple> add(Annotation doc, DocumentEntities entities, List<Triple> triples, RelationTypes types) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        Set<Entity> withCountryRole = new HashSet<>();
        for (Triple t : triples) {
            if (t.relation() != null && RelationType.POSITION_HELD.equals(t.relation().name()) && t.object().type() == EntityType.COUNTRY) {
                withCountryRole.add(t.subject());
            }
        }
        Country datelineCountry = datelineCountry(doc.get(CoreAnnotations.TextAnnotation.class));
        List<Triple> found = new ArrayList<>();
        for (Entity person : entities.entities()) {
            Actor actor = person.actor();
            if (person.type() != EntityType.PERSON || withCountryRole.contains(person)) {
                continue;
            }
            boolean known = actor != null && actor.country() != null;
            // the dictionary's elite (ELI) are former officeholders on the document's date: only a "former" title is theirs
            boolean formerOnly = known && FORMER_OFFICEHOLDERS.equals(actor.sector());
            Country of = known && Actor.DICTIONARY.equals(actor.source()) ? actor.country() : known ? null : datelineCountry;
            Entity country = of == null ? null : countryEntity(entities, of.iso3());
            if (country == null) {
                continue;
            }
            String rule = known ? DICTIONARY_RULE : DATELINE_RULE;
            for (Mention m : person.mentions()) {
                if (m.kind() != Mention.Kind.NAME || rule.equals(DATELINE_RULE) && !inFocus(entities, m.sentence(), country)) {
                    continue;
                }
                Triple role = role(entities, sentences.get(m.sentence()), m, person, country, rule, formerOnly);
                if (role == null) {
                    role = appositiveRole(entities, sentences.get(m.sentence()), m, person, country, rule, formerOnly);
                }
                if (role != null) {
                    found.add(role);
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            return triples;
        }
        List<Triple> out = new ArrayList<>(triples);
        out.addAll(types.apply(found));
        return out;
    }

    /** The role a bare state title right before a name states, or null. */
    private Triple role(DocumentEntities entities, CoreMap sentence, Mention m, Entity person, Entity country, String rule,
                        boolean formerOnly) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        int s = m.sentence();
        int start = m.firstToken();
        int head = -1; // the title's head: its last word before any "of" ("Secretary of State": secretary)
        while (start > 0 && entities.at(s, start - 1) == null && entities.demonymAt(s, start - 1) == null) {
            String word = tokens.get(start - 1).word();
            if (word.equalsIgnoreCase("of") && head >= 0 && stateTitles.contains(tokens.get(head).word().toLowerCase(Locale.ROOT))) {
                break; // "the government of Prime Minister Dick Schoof": the title starts after "of"
            } else if (word.equalsIgnoreCase("of") && start - 2 >= 0 && start < m.firstToken() && actors.isRoleWord(tokens.get(start - 2).word())) {
                head = -1; // "Secretary of State", "Minister of Defence"
            } else if (!actors.isRoleWord(word)) {
                break;
            } else if (head < 0) {
                head = start - 1;
            }
            start--;
        }
        if (head < 0 || !stateTitles.contains(tokens.get(head).word().toLowerCase(Locale.ROOT))) {
            return null;
        }
        // "former Interior Minister X", "the late King Hussein": a past office, stated as such ("former interior minister of")
        boolean former = false;
        while (start > 0 && pastMarkers.contains(tokens.get(start - 1).word().toLowerCase(Locale.ROOT))) {
            former = true;
            start--;
        }
        List<String> words = new ArrayList<>();
        for (int i = start; i < m.firstToken(); i++) {
            String word = tokens.get(i).word().toLowerCase(Locale.ROOT);
            if (pastMarkers.contains(word)) {
                former = true;
            } else {
                words.add(word);
            }
        }
        String title = (former ? "former " : "") + String.join(" ", words);
        if (formerOnly && !former || start > 0 && !opensTitle(tokens.get(start - 1))) {
            return null; // a former officeholder's present title; "Turkish President X", "Russia's President X": the patterns'
        }
        CoreLabel first = tokens.get(0);
        CoreLabel last = tokens.get(tokens.size() - 1);
        String text = String.join(" ", tokens.subList(start, m.firstToken()).stream().map(CoreLabel::originalText).toList());
        return new Triple(person, title + " of", country, text, m.sentence(), first.beginPosition(), last.endPosition(), false,
                Modality.ASSERTED, null, CONFIDENCE, false, rule).withAnchors(m.firstToken(), head, -1);
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
        boolean closed = end >= tokens.size() || List.of(",", ".", "''", ";").contains(tokens.get(end).word());
        if (head < 0 || !closed || !stateTitles.contains(tokens.get(head).word().toLowerCase(Locale.ROOT)) || formerOnly && !former) {
            return null;
        }
        CoreLabel first = tokens.get(0);
        CoreLabel last = tokens.get(tokens.size() - 1);
        String text = String.join(" ", tokens.subList(start, end).stream().map(CoreLabel::originalText).toList());
        return new Triple(person, (former ? "former " : "") + String.join(" ", words) + " of", country, text, s, first.beginPosition(),
                last.endPosition(), false, Modality.ASSERTED, null, CONFIDENCE, false, rule).withAnchors(m.firstToken(), head, -1);
    }

    /** What may stand right before a bare title: the start of the sentence's clause or a function word, not a holder. */
    private static boolean opensTitle(CoreLabel before) {
        String tag = before.tag() == null ? "" : before.tag();
        return tag.equals("DT") || tag.equals("IN") || tag.equals("CC") || tag.equals(",") || tag.equals("``") || tag.equals("''")
                || tag.equals(":") || tag.equals("-LRB-") || tag.startsWith("VB") || tag.equals("TO") || tag.equals(".");
    }

    /**
     * Whether the dateline's country is the one the text is about where a bare title stands: the first country its
     * sentence names, else the sentence before (a story datelined KYIV turns to the UAE: "The UAE has mediated more
     * than a dozen exchanges. Foreign Minister Sheikh Abdullah bin Zayed said ..." is the UAE's minister), or none.
     */
    private static boolean inFocus(DocumentEntities entities, int sentence, Entity datelineCountry) {
        for (int s = sentence; s >= Math.max(0, sentence - 1); s--) {
            for (int t = 0; t < entities.tokenCount(s); t++) {
                Entity e = entities.at(s, t);
                if (e != null && e.type() == EntityType.COUNTRY) {
                    return e == datelineCountry;
                }
            }
        }
        return true;
    }

    private static Entity countryEntity(DocumentEntities entities, String iso3) {
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.COUNTRY && e.country() != null && e.country().iso3().equals(iso3) && !e.mentions().isEmpty()) {
                return e;
            }
        }
        return null;
    }
}
