package dev.newsie.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsie.relations.RelationTypes;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Collects extraction documents and merges them into one graph. A document id read twice (a document
 * extracted again) keeps only its last contribution, as loading it into a store would.
 */
public final class GraphBuilder {
    private final RelationTypes types;
    private final boolean countryLevel;
    private final Map<String, DocumentFacts> documents = new LinkedHashMap<>();
    private long read;
    private long skipped;
    private long facts;

    public GraphBuilder(RelationTypes types) {
        this(types, false);
    }

    /** {@code countryLevel}: people and organizations roll up to their countries, events to their PLOVER types. */
    public GraphBuilder(RelationTypes types, boolean countryLevel) {
        this.types = types;
        this.countryLevel = countryLevel;
    }

    /** Adds one newsie/1 document; a document with an {@code error} record is counted and skipped. */
    public void add(JsonNode doc) {
        DocumentFacts facts = countryLevel ? DocumentFacts.countryLevel(doc, types, read++) : DocumentFacts.of(doc, types, read++);
        if (facts == null) {
            skipped++;
            return;
        }
        DocumentFacts replaced = documents.put(facts.document().id(), facts);
        this.facts += facts.facts().size() - (replaced == null ? 0 : replaced.facts().size());
    }

    /** Documents held (a re-read id counts once). */
    public long documentCount() {
        return documents.size();
    }

    /** Relation statements held, before merging: what the builder's memory grows with. */
    public long factCount() {
        return facts;
    }

    public Graph graph() {
        Map<String, GraphNode> nodes = new LinkedHashMap<>();
        Map<RelationKey, GraphEdge> edges = new LinkedHashMap<>();
        for (DocumentFacts doc : documents.values()) {
            for (DocumentFacts.EntityRef entity : doc.entities()) {
                nodes.computeIfAbsent(entity.id(), id -> new GraphNode(entity)).seenIn(entity.mentions());
            }
            for (DocumentFacts.Fact fact : doc.facts()) {
                edges.computeIfAbsent(fact.key(), k -> new GraphEdge(k, fact.type())).add(fact.source());
            }
        }
        return new Graph(nodes.values(), edges.values(), documents.values(), skipped);
    }
}
