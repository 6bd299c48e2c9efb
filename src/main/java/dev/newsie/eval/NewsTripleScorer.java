package dev.newsie.eval;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Scores newsie/1 output against gold in the news-triples format (README "Scoring newsie on your own articles"), by
 * the same rules as the news-triples scorer (score_news.py):
 * <ul>
 * <li>entities: a gold PERSON/COUNTRY/ORGANIZATION is found when a predicted entity of that type has a name, mention
 *     text or iso3 equal (case-insensitive) to its name or an alias; a predicted entity matching none is wrong
 *     (entities named only by pronouns are not scored);</li>
 * <li>triples: both ends map to gold entities through names and aliases, any word of the predicate or its text,
 *     lemmatized, is a gold head word, negation agrees; a symmetric gold triple matches both ways. Precision is
 *     over distinct (subject, predicate, object, negated) between people, countries and organizations; optional
 *     gold triples count neither way. Of the required triples matched: how many carry the gold date and modality.</li>
 * </ul>
 */
public final class NewsTripleScorer {
    public static final List<String> TYPES = List.of("PERSON", "COUNTRY", "ORGANIZATION");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "they", "them", "their", "it", "its",
            "we", "our");
    private static final Pattern TITLE_PREFIX = Pattern.compile("^(the|president|chairman|leader|mr\\.?|mrs\\.?|ms\\.?|dr\\.?)\\s+");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern WORD_SPLIT = Pattern.compile("[\\s_/-]+");
    private static final String[][] SUFFIXES = {{"ies", "y"}, {"ing", ""}, {"ed", ""}, {"es", ""}, {"s", ""}};

    private final Map<String, String> irregular;

    /** @param lemmaTable lines of models/eval/lemmas.tsv: form, tab, lemma; '#' comments */
    public NewsTripleScorer(List<String> lemmaTable) {
        Map<String, String> table = new HashMap<>();
        for (String line : lemmaTable) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length != 2) {
                throw new IllegalArgumentException("eval/lemmas.tsv: not 'form<TAB>lemma': " + line);
            }
            table.put(f[0].strip(), f[1].strip());
        }
        this.irregular = Map.copyOf(table);
    }

    /** Counts for one row of the score: right/predicted (precision) and found/gold (recall). */
    public record Counts(long right, long predicted, long found, long gold) {
        Counts plus(Counts o) {
            return new Counts(right + o.right, predicted + o.predicted, found + o.found, gold + o.gold);
        }

        public double precision() {
            return predicted == 0 ? 0 : (double) right / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) found / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    /** One document's score, with what was missed and what was wrong. */
    public record DocumentScore(String id, Map<String, Counts> entities, Map<String, List<String>> missingEntities,
                                Map<String, List<String>> wrongEntities, Counts triples, List<String> missedTriples,
                                List<String> wrongTriples, int dateRight, int dated, int modalityRight, int matched) {
    }

    /** The whole score: per entity type and for triples, summed over documents (micro-averaged). */
    public record Score(List<DocumentScore> documents, Map<String, Counts> entities, Counts triples, int dateRight, int dated,
                        int modalityRight, int matched, int missingDocuments) {
    }

    /**
     * @param golds one gold record per document
     * @param predictions newsie/1 documents by id (the first of a repeated id counts)
     */
    public Score score(List<JsonNode> golds, Map<String, JsonNode> predictions) {
        List<DocumentScore> docs = new ArrayList<>();
        Map<String, Counts> entities = new LinkedHashMap<>();
        TYPES.forEach(t -> entities.put(t, new Counts(0, 0, 0, 0)));
        Counts triples = new Counts(0, 0, 0, 0);
        int dateRight = 0;
        int dated = 0;
        int modalityRight = 0;
        int matched = 0;
        int missing = 0;
        for (JsonNode gold : golds) {
            JsonNode pred = predictions.get(gold.path("id").asText());
            if (pred == null) {
                missing++;
            }
            DocumentScore d = scoreDocument(gold, pred);
            docs.add(d);
            for (String t : TYPES) {
                entities.put(t, entities.get(t).plus(d.entities().get(t)));
            }
            triples = triples.plus(d.triples());
            dateRight += d.dateRight();
            dated += d.dated();
            modalityRight += d.modalityRight();
            matched += d.matched();
        }
        return new Score(docs, entities, triples, dateRight, dated, modalityRight, matched, missing);
    }

    private DocumentScore scoreDocument(JsonNode gold, JsonNode doc) {
        Map<String, String> goldType = new LinkedHashMap<>();
        for (String t : TYPES) {
            for (JsonNode name : gold.path("entities").path(t)) {
                goldType.put(name.asText(), t);
            }
        }
        Map<String, Set<String>> alias = new HashMap<>();
        for (String name : goldType.keySet()) {
            List<String> forms = new ArrayList<>();
            gold.path("aliases").path(name).forEach(a -> forms.add(a.asText()));
            forms.add(name);
            for (String form : forms) {
                alias.computeIfAbsent(norm(form), k -> new LinkedHashSet<>()).add(name);
            }
        }
        Map<String, JsonNode> entitiesById = new LinkedHashMap<>();
        if (doc != null) {
            for (JsonNode e : doc.path("entities")) {
                if (e.isObject() && e.has("id")) {
                    entitiesById.put(e.get("id").asText(), e);
                }
            }
        }
        Map<String, Counts> entityCounts = new LinkedHashMap<>();
        Map<String, List<String>> missingEntities = new LinkedHashMap<>();
        Map<String, List<String>> wrongEntities = new LinkedHashMap<>();
        for (String type : TYPES) {
            Set<String> goldSet = new TreeSet<>();
            goldType.forEach((n, t) -> {
                if (t.equals(type)) {
                    goldSet.add(n);
                }
            });
            Set<String> found = new TreeSet<>();
            List<String> wrong = new ArrayList<>();
            long right = 0;
            long predicted = 0;
            for (JsonNode e : entitiesById.values()) {
                if (!type.equals(e.path("type").asText(null)) || onlyPronouns(e)) {
                    continue;
                }
                predicted++;
                Set<String> names = new TreeSet<>();
                for (String n : namesOf(e, alias)) {
                    if (type.equals(goldType.get(n))) {
                        names.add(n);
                    }
                }
                if (names.isEmpty()) {
                    wrong.add(e.path("name").asText());
                } else {
                    found.addAll(names);
                    right++;
                }
            }
            entityCounts.put(type, new Counts(right, predicted, found.size(), goldSet.size()));
            Set<String> miss = new TreeSet<>(goldSet);
            miss.removeAll(found);
            missingEntities.put(type, List.copyOf(miss));
            wrongEntities.put(type, wrong);
        }

        List<JsonNode> predicted = new ArrayList<>();
        Set<List<Object>> seen = new LinkedHashSet<>();
        if (doc != null) {
            for (JsonNode t : doc.path("triples")) {
                if (!TYPES.contains(t.path("subject").path("type").asText("")) || !TYPES.contains(t.path("object").path("type").asText(""))) {
                    continue;
                }
                List<Object> key = java.util.Arrays.asList(text(t.path("subject").get("id")), text(t.get("predicate")),
                        text(t.path("object").get("id")), t.path("negated").asBoolean(false));
                if (seen.add(key)) {
                    predicted.add(t);
                }
            }
        }
        List<JsonNode> required = new ArrayList<>();
        gold.path("triples").forEach(required::add);
        List<JsonNode> optional = new ArrayList<>();
        gold.path("optional").forEach(optional::add);
        Map<Integer, JsonNode> matchedBy = new LinkedHashMap<>();
        long right = 0;
        List<String> wrong = new ArrayList<>();
        for (JsonNode t : predicted) {
            boolean hit = false;
            for (int i = 0; i < required.size(); i++) {
                if (matches(t, required.get(i), entitiesById, alias)) {
                    hit = true;
                    matchedBy.putIfAbsent(i, t);
                }
            }
            if (hit) {
                right++;
            } else if (optional.stream().noneMatch(g -> matches(t, g, entitiesById, alias))) {
                wrong.add("(" + endName(t.path("subject"), entitiesById) + ", " + t.path("predicate").asText("") + ", "
                        + endName(t.path("object"), entitiesById) + ")" + (t.path("negated").asBoolean(false) ? " NEG" : ""));
            }
        }
        int dateRight = 0;
        int dated = 0;
        int modalityRight = 0;
        List<String> missed = new ArrayList<>();
        for (int i = 0; i < required.size(); i++) {
            JsonNode g = required.get(i);
            JsonNode t = matchedBy.get(i);
            if (t == null) {
                missed.add("(" + g.path("s").asText() + ", " + g.path("p").path(0).asText() + ", " + g.path("o").asText() + ")");
                continue;
            }
            String goldDate = g.hasNonNull("date") && !g.get("date").asText().isEmpty() ? g.get("date").asText() : null;
            if (goldDate != null) {
                dated++;
                if (goldDate.equals(t.path("date").path("value").asText(null))) {
                    dateRight++;
                }
            }
            if (orAsserted(t.path("modality").asText(null)).equals(orAsserted(g.path("modality").asText(null)))) {
                modalityRight++;
            }
        }
        Counts tripleCounts = new Counts(right, right + wrong.size(), matchedBy.size(), required.size());
        return new DocumentScore(gold.path("id").asText(), entityCounts, missingEntities, wrongEntities, tripleCounts, missed, wrong,
                dateRight, dated, modalityRight, matchedBy.size());
    }

    private boolean matches(JsonNode t, JsonNode g, Map<String, JsonNode> entitiesById, Map<String, Set<String>> alias) {
        Set<String> s = endNames(t.path("subject"), entitiesById, alias);
        Set<String> o = endNames(t.path("object"), entitiesById, alias);
        String gs = g.path("s").asText();
        String go = g.path("o").asText();
        boolean forward = s.contains(gs) && o.contains(go);
        boolean backward = g.path("symmetric").asBoolean(false) && s.contains(go) && o.contains(gs);
        if (!forward && !backward) {
            return false;
        }
        List<String> heads = new ArrayList<>();
        g.path("p").forEach(h -> heads.add(h.asText()));
        if (!headsMatch(t.path("predicate").asText("") + " " + t.path("text").asText(""), heads)) {
            return false;
        }
        return t.path("negated").asBoolean(false) == g.path("negated").asBoolean(false);
    }

    private static String endName(JsonNode end, Map<String, JsonNode> entitiesById) {
        if (end.hasNonNull("name")) {
            return end.get("name").asText();
        }
        JsonNode e = entitiesById.get(text(end.get("id")));
        return e == null ? "?" : e.path("name").asText("?");
    }

    private Set<String> endNames(JsonNode end, Map<String, JsonNode> entitiesById, Map<String, Set<String>> alias) {
        JsonNode e = entitiesById.get(text(end.get("id")));
        if (e == null) {
            return namesOf(List.of(end.path("name").asText("")), alias);
        }
        return namesOf(e, alias);
    }

    private static Set<String> namesOf(JsonNode entity, Map<String, Set<String>> alias) {
        List<String> forms = new ArrayList<>();
        forms.add(entity.path("name").asText(""));
        entity.path("mentions").forEach(m -> forms.add(m.path("text").asText("")));
        forms.add(entity.hasNonNull("iso3") ? entity.get("iso3").asText() : "");
        return namesOf(forms, alias);
    }

    private static Set<String> namesOf(List<String> forms, Map<String, Set<String>> alias) {
        Set<String> out = new LinkedHashSet<>();
        for (String form : forms) {
            String t = norm(form);
            if (t.isEmpty()) {
                continue;
            }
            out.addAll(alias.getOrDefault(t, Set.of()));
            out.addAll(alias.getOrDefault(TITLE_PREFIX.matcher(t).replaceFirst(""), Set.of()));
            out.addAll(alias.getOrDefault(t.endsWith("'s") ? t.substring(0, t.length() - 2) : t, Set.of()));
        }
        return out;
    }

    private static boolean onlyPronouns(JsonNode entity) {
        JsonNode mentions = entity.get("mentions");
        if (mentions == null) {
            return false;
        }
        for (JsonNode m : mentions) {
            if (!PRONOUNS.contains(norm(m.path("text").asText("")))) {
                return false;
            }
        }
        return true;
    }

    /** Whether a gold head word is among the predicate's words, as written or lemmatized. */
    boolean headsMatch(String predicate, List<String> heads) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String w : WORD_SPLIT.split(predicate.toLowerCase(Locale.ROOT))) {
            if (w.isEmpty()) {
                continue;
            }
            candidates.add(w);
            candidates.add(lemma(w));
            candidates.add(lemma(w) + "e");
        }
        return heads.stream().anyMatch(candidates::contains);
    }

    String lemma(String word) {
        String w = strip(word.toLowerCase(Locale.ROOT), ".,'\"");
        String irregularForm = irregular.get(w);
        if (irregularForm != null) {
            return irregularForm;
        }
        for (String[] s : SUFFIXES) {
            if (w.endsWith(s[0]) && w.length() > s[0].length() + 2) {
                return w.substring(0, w.length() - s[0].length()) + s[1];
            }
        }
        return w;
    }

    private static String strip(String s, String chars) {
        int start = 0;
        int end = s.length();
        while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(start, end);
    }

    private static String norm(String s) {
        return SPACE.matcher(Objects.requireNonNullElse(s, "").toLowerCase(Locale.ROOT).strip().replace('\u2019', '\'')).replaceAll(" ");
    }

    private static String orAsserted(String modality) {
        return modality == null || modality.isEmpty() ? "asserted" : modality;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }
}
