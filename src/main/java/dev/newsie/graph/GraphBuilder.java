package dev.newsie.graph;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Merges extraction documents into one graph, one document at a time: only the merged nodes and relations
 * are kept, so memory grows with what is distinct, not with how many documents state it.
 */
public final class GraphBuilder {
    private final Map<String, GraphNode> nodes = new LinkedHashMap<>();
    private final Map<RelationKey, GraphEdge> edges = new LinkedHashMap<>();
    private long documents;
    private long skipped;

    /** Adds one newsie/1 document; a document with an {@code error} record (or no entities) is counted and skipped. */
    public void add(JsonNode doc) {
        if (doc.hasNonNull("error") || !doc.path("entities").isArray()) {
            skipped++;
            return;
        }
        long ordinal = documents++;
        String documentId = doc.path("id").asText("document-" + ordinal);
        String docDate = text(doc, "docDate");
        Map<String, String> nodeOfEntity = new HashMap<>();
        for (JsonNode entity : doc.path("entities")) {
            String type = entity.path("type").asText();
            if (type.isEmpty() || "DATE".equals(type)) {
                continue; // dates qualify relations; they are not things relations join
            }
            GraphNode node = node(type, entity);
            node.seenIn(ordinal, entity.path("mentions").size());
            nodeOfEntity.put(entity.path("id").asText(), node.id());
        }
        for (JsonNode triple : doc.path("triples")) {
            addTriple(ordinal, documentId, docDate, triple, nodeOfEntity);
        }
    }

    private GraphNode node(String type, JsonNode entity) {
        String name = entity.path("name").asText();
        String wikidata = text(entity, "wikidata");
        String iso3 = text(entity, "iso3");
        return nodes.computeIfAbsent(NodeIds.of(type, name, wikidata, iso3),
                id -> new GraphNode(id, type, name, iso3, wikidata));
    }

    private void addTriple(long ordinal, String documentId, String docDate, JsonNode t, Map<String, String> nodeOfEntity) {
        String subject = nodeOfEntity.get(t.path("subject").path("id").asText());
        String object = nodeOfEntity.get(t.path("object").path("id").asText());
        if (subject == null || object == null) {
            return; // an end that is not a graph node (a DATE), or a dangling id
        }
        boolean symmetric = t.path("symmetric").asBoolean(false);
        if (symmetric && subject.compareTo(object) > 0) {
            // "X and Y met" and "Y and X met" are one relation: a fixed order lets them merge
            String swap = subject;
            subject = object;
            object = swap;
        }
        RelationKey key = new RelationKey(subject, t.path("predicate").asText(), object,
                t.path("negated").asBoolean(false), t.path("modality").asText("asserted"));
        JsonNode evidence = t.path("evidence");
        Source source = new Source(documentId, docDate, t.path("sentence").asInt(-1),
                evidence.path("start").asInt(-1), evidence.path("end").asInt(-1), text(t, "text"),
                text(t.path("date"), "value"), t.path("confidence").asDouble(0), text(t, "rule"));
        edges.computeIfAbsent(key, k -> new GraphEdge(k, symmetric)).add(ordinal, source);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    public Graph graph() {
        return new Graph(nodes.values(), edges.values(), documents, skipped);
    }
}
