package dev.newsie.graph;

import dev.newsie.dates.DateValues;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A relation merged across documents: its sources, how many documents and sentences state it, its dates. */
public final class GraphEdge {
    private final RelationKey key;
    private final boolean symmetric;
    private final List<Source> sources = new ArrayList<>();
    private int documents;
    private long lastDocument = -1;
    private String firstDate;
    private String lastDate;
    private double confidence;

    GraphEdge(RelationKey key, boolean symmetric) {
        this.key = key;
        this.symmetric = symmetric;
    }

    void add(long documentOrdinal, Source source) {
        if (documentOrdinal != lastDocument) {
            documents++;
            lastDocument = documentOrdinal;
        }
        sources.add(source);
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

    public String id() {
        return key.statementId();
    }

    /** The relation holds both ways ("X and Y held talks"); the key's subject/object are in a fixed order. */
    public boolean symmetric() {
        return symmetric;
    }

    public int documents() {
        return documents;
    }

    /** Sentences stating it: one source per sentence, since the extractor writes one triple per sentence. */
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
