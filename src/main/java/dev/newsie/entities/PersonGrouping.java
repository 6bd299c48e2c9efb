package dev.newsie.entities;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Merges a document's person mentions into one PERSON entity per person. */
final class PersonGrouping {
    private PersonGrouping() {
    }

    /**
     * All mentions of one person become one entity named by the fullest form: a shorter mention joins
     * a longer name whose first or last words it repeats ("Putin", "Vladimir" -> "Vladimir Putin").
     * When several names fit, the one named most recently before the mention wins.
     */
    static void link(DocumentEntities result, List<Mention> persons) {
        List<Mention> byLength = new ArrayList<>(persons);
        byLength.sort(Comparator.comparingInt((Mention m) -> -words(m.text()).size()).thenComparingInt(Mention::start));
        List<Entity> people = new ArrayList<>();
        for (Mention m : byLength) {
            List<String> w = words(m.text());
            Entity best = null;
            int bestOffset = -1;
            for (Entity person : people) {
                if (!joins(w, words(person.name()))) {
                    continue;
                }
                int lastBefore = person.mentions().stream().mapToInt(Mention::start).filter(o -> o < m.start()).max().orElse(-1);
                if (best == null || lastBefore > bestOffset) {
                    best = person;
                    bestOffset = lastBefore;
                }
            }
            if (best == null) {
                best = Entity.named(EntityType.PERSON, String.join(" ", w));
                people.add(best);
                result.add(best);
            }
            result.link(best, m);
        }
    }

    /**
     * A surname or given name the tagger missed, after the person was named in full: "Steve Jobs ... Jobs said" is
     * Steve Jobs. Only a capitalized word that no entity holds, that stands alone (no capitalized untagged word next
     * to it: "Jobs Act" is another name), after the first full mention; with several people of that name, the one
     * named most recently before it.
     */
    static void linkMissedNames(Annotation doc, DocumentEntities result, List<CoreMap> sentences) {
        List<Entity> fullNames = result.entities().stream()
                .filter(e -> e.type() == EntityType.PERSON && words(e.name()).size() >= 2).toList();
        if (fullNames.isEmpty()) {
            return;
        }
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
            for (int t = 0; t < tokens.size(); t++) {
                CoreLabel token = tokens.get(t);
                String word = token.word();
                if (result.at(s, t) != null || result.demonymAt(s, t) != null || word.isEmpty()
                        || !Character.isUpperCase(word.charAt(0)) || !"NNP".equals(token.tag())
                        || standsInAnotherName(result, tokens, s, t - 1) || standsInAnotherName(result, tokens, s, t + 1)) {
                    continue;
                }
                Entity best = null;
                int bestOffset = -1;
                for (Entity person : fullNames) {
                    List<String> w = words(person.name());
                    if (!w.get(w.size() - 1).equals(word) && !w.get(0).equals(word)) {
                        continue;
                    }
                    int lastBefore = person.mentions().stream().filter(m -> !m.resolved()).mapToInt(Mention::start)
                            .filter(o -> o < token.beginPosition()).max().orElse(-1);
                    if (lastBefore >= 0 && lastBefore > bestOffset) {
                        best = person;
                        bestOffset = lastBefore;
                    }
                }
                if (best != null) {
                    result.link(best, Mention.named(doc, s, tokens.subList(t, t + 1)));
                }
            }
        }
    }

    /** A capitalized proper noun next to the word that is no entity: the word is part of a name newsie does not know. */
    private static boolean standsInAnotherName(DocumentEntities result, List<CoreLabel> tokens, int s, int t) {
        if (t < 0 || t >= tokens.size()) {
            return false;
        }
        CoreLabel next = tokens.get(t);
        return result.at(s, t) == null && next.tag() != null && next.tag().startsWith("NNP") && !next.word().isEmpty()
                && Character.isUpperCase(next.word().charAt(0));
    }

    private static List<String> words(String name) {
        return List.of(name.strip().split("\\s+"));
    }

    private static boolean joins(List<String> shorter, List<String> fuller) {
        int n = shorter.size();
        if (n > fuller.size()) {
            return false;
        }
        return fuller.subList(0, n).equals(shorter) || fuller.subList(fuller.size() - n, fuller.size()).equals(shorter);
    }
}
