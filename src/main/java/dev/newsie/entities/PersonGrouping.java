package dev.newsie.entities;

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
