package dev.newsie.graph;

import dev.newsie.dates.DateValues;
import dev.newsie.relations.RelationType;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A relation merged across documents under its canonical type: its sources, the surface predicates they
 * used, how many documents and sentences state it, its dates.
 */
public final class GraphEdge {
    private final RelationKey key;
    private final RelationType type;
    private final List<Source> sources = new ArrayList<>();
    private final Set<String> documents = new HashSet<>();
    private final Map<String, Integer> predicateCounts = new HashMap<>();
    private String firstDate;
    private String lastDate;
    private double confidence;

    GraphEdge(RelationKey key, RelationType type) {
        this.key = key;
        this.type = type;
    }

    void add(Source source) {
        sources.add(source);
        documents.add(source.document());
        predicateCounts.merge(source.predicate(), 1, Integer::sum);
        confidence = Math.max(confidence, source.confidence());
        String date = source.date();
        if (DateValues.isCalendarDate(date)) {
            if (firstDate == null || DateValues.compare(date, firstDate) < 0) {
                firstDate = date;
            }
            if (lastDate == null || DateValues.compare(date, lastDate) > 0) {
                lastDate = date;
            }
        }
    }

    public RelationKey key() {
        return key;
    }

    public RelationType type() {
        return type;
    }

    public String id() {
        return key.statementId();
    }

    /** The relation holds both ways ("X and Y held talks"); the key's subject/object are in a fixed order. */
    public boolean symmetric() {
        return type.symmetric();
    }

    /** The surface predicates of its sources, sorted ("hold talks with", "meet", "meet with"). */
    public List<String> predicates() {
        return List.copyOf(new TreeSet<>(predicateCounts.keySet()));
    }

    /** The surface predicate most sources use (ties: the first in alphabetical order). */
    public String predicate() {
        return predicateCounts.entrySet().stream()
                .min((a, b) -> a.getValue().equals(b.getValue()) ? a.getKey().compareTo(b.getKey()) : b.getValue() - a.getValue())
                .map(Map.Entry::getKey).orElse(key.relation());
    }

    public int documents() {
        return documents.size();
    }

    /** Sentences stating it: one source per sentence. */
    public int sentences() {
        return sources.size();
    }

    /** The earliest date any source ties to the relation, or null. */
    public String firstDate() {
        return firstDate;
    }

    public String lastDate() {
        return lastDate;
    }

    /** The highest confidence of its sources. */
    public double confidence() {
        return confidence;
    }

    public List<Source> sources() {
        return Collections.unmodifiableList(sources);
    }
}
