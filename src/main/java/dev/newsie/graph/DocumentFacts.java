package dev.newsie.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsie.entities.EntityType;
import dev.newsie.relations.Relation;
import dev.newsie.relations.RelationType;
import dev.newsie.relations.RelationTypes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one document contributes to the graph: the things it names (with its own spelling and mention
 * counts) and its relations under their canonical keys. Every graph output is built from these, so a
 * document's contribution can be replaced as a whole when it is extracted again. Serializable, as are its parts:
 * the Spark graph job ships contributions between machines.
 */
public record DocumentFacts(GraphDocument document, List<EntityRef> entities, List<Fact> facts) implements Serializable {

    /** A graph node as one document names it. */
    public record EntityRef(String id, String type, String name, String iso3, String wikidata, int mentions) implements Serializable {
        public String iri() {
            return NodeIds.iri(id);
        }
    }

    /** One relation as one sentence states it: the merged relation's key and type, and the sentence. */
    public record Fact(RelationKey key, RelationType type, Source source) implements Serializable {
    }

    /**
     * The contribution of one newsie/1 document, or null for a document with an {@code error} record.
     * A triple without a {@code relation} field (output of an older newsie) is typed here from its predicate.
     */
    public static DocumentFacts of(JsonNode doc, RelationTypes types, long ordinal) {
        GraphDocument document = document(doc, ordinal);
        if (document == null) {
            return null;
        }
        Map<String, EntityRef> byEntity = new HashMap<>();
        Map<String, EntityRef> nodes = new LinkedHashMap<>();
        for (JsonNode entity : doc.path("entities")) {
            String type = entity.path("type").asText();
            if (type.isEmpty() || "DATE".equals(type)) {
                continue; // dates qualify relations; they are not things relations join
            }
            String name = entity.path("name").asText();
            String wikidata = text(entity, "wikidata");
            String iso3 = text(entity, "iso3");
            String nodeId = NodeIds.of(type, name, wikidata, iso3);
            int mentions = entity.path("mentions").size();
            EntityRef seen = nodes.get(nodeId);
            EntityRef ref = seen == null ? new EntityRef(nodeId, type, name, iso3, wikidata, mentions)
                    : new EntityRef(nodeId, type, seen.name(), seen.iso3(), seen.wikidata(), seen.mentions() + mentions);
            nodes.put(nodeId, ref);
            byEntity.put(entity.path("id").asText(), ref);
        }
        List<Fact> facts = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (JsonNode triple : doc.path("triples")) {
            Fact fact = fact(triple, document, byEntity, types);
            // two wordings of one relation in one sentence ("met with and held talks with") are one source
            if (fact != null && sources.add(fact.source().id())) {
                facts.add(fact);
            }
        }
        return new DocumentFacts(document, List.copyOf(nodes.values()), facts);
    }

    /** The document a newsie/1 line describes, or null for an {@code error} record (it contributes nothing). */
    private static GraphDocument document(JsonNode doc, long ordinal) {
        if (doc.hasNonNull("error") || !doc.path("entities").isArray()) {
            return null;
        }
        String id = doc.hasNonNull("id") ? doc.get("id").asText() : "document-" + ordinal;
        String url = text(doc, "url");
        return new GraphDocument(id, NodeIds.documentIri(id, url), url, text(doc, "docDate"));
    }

    /**
     * The contribution of one document rolled up to countries ({@code newsie graph --country-level}): every typed
     * event (a triple with a PLOVER type) whose two ends have a country becomes a fact (source country, PLOVER
     * type, target country), "Vladimir Putin visited North Korea" -> (Russia, CONSULT, North Korea). An end's
     * country is the triple end's own (an unnamed actor: "Turkish officials"), else the entity's (a COUNTRY, or a
     * person or organization with a country). A reciprocal event ("X and Y met") counts for both directions, as
     * CAMEO coders count it. Null for a document with an {@code error} record.
     */
    public static DocumentFacts countryLevel(JsonNode doc, RelationTypes types, long ordinal) {
        GraphDocument document = document(doc, ordinal);
        if (document == null) {
            return null;
        }
        Map<String, JsonNode> entities = new HashMap<>();
        for (JsonNode entity : doc.path("entities")) {
            entities.put(entity.path("id").asText(), entity);
        }
        Map<String, EntityRef> nodes = new LinkedHashMap<>();
        List<Fact> facts = new ArrayList<>();
        Set<String> sources = new LinkedHashSet<>();
        for (JsonNode t : doc.path("triples")) {
            Relation relation = relation(t, types);
            RelationType type = relation.type();
            if (type.plover() == null) {
                continue;
            }
            EntityRef subject = country(t.path("subject"), entities.get(t.path("subject").path("id").asText()));
            EntityRef object = country(t.path("object"), entities.get(t.path("object").path("id").asText()));
            if (subject == null || object == null) {
                continue;
            }
            EntityRef from = relation.inverse() ? object : subject;
            EntityRef to = relation.inverse() ? subject : object;
            RelationType event = new RelationType(type.plover(), "event", false, null,
                    type.plover(), null, null, null, true);
            List<EntityRef[]> directions = type.symmetric() ? List.of(new EntityRef[] {from, to}, new EntityRef[] {to, from})
                    : List.<EntityRef[]>of(new EntityRef[] {from, to});
            for (EntityRef[] ends : directions) {
                RelationKey key = new RelationKey(ends[0].id(), event.name(), null, ends[1].id(),
                        t.path("negated").asBoolean(false), t.path("modality").asText("asserted"));
                Fact fact = new Fact(key, event, source(t, document, key));
                if (sources.add(fact.source().id())) {
                    facts.add(fact);
                    for (EntityRef end : ends) {
                        EntityRef seen = nodes.get(end.id());
                        nodes.put(end.id(), seen == null ? end : new EntityRef(end.id(), end.type(), seen.name(), seen.iso3(),
                                seen.wikidata(), seen.mentions() + 1));
                    }
                }
            }
        }
        return new DocumentFacts(document, List.copyOf(nodes.values()), facts);
    }

    /** A triple end's country as a graph node (its mentions count is 1: one use). */
    private static EntityRef country(JsonNode end, JsonNode entity) {
        JsonNode country = end.path("country");
        if (!country.hasNonNull("iso3") && entity != null) {
            country = "COUNTRY".equals(entity.path("type").asText()) ? entity : entity.path("country");
        }
        String iso3 = text(country, "iso3");
        if (iso3 == null) {
            return null;
        }
        String name = country == entity ? entity.path("name").asText(iso3) : country.path("name").asText(iso3);
        String wikidata = text(country, "wikidata");
        return new EntityRef(NodeIds.of("COUNTRY", name, wikidata, iso3), "COUNTRY", name, iso3, wikidata, 1);
    }

    private static Relation relation(JsonNode t, RelationTypes types) {
        boolean constructionSymmetric = t.path("symmetric").asBoolean(false);
        if (t.hasNonNull("relation")) {
            return new Relation(types.type(t.get("relation").asText(), constructionSymmetric), text(t, "role"),
                    t.path("relationInverse").asBoolean(false));
        }
        return types.classify(t.path("predicate").asText(), constructionSymmetric, objectType(t));
    }

    /** The object's entity type, for the rows of one object type ("welcome @person"); null when unknown. */
    private static EntityType objectType(JsonNode t) {
        String type = t.path("object").path("type").asText("");
        return java.util.Arrays.stream(EntityType.values()).filter(e -> e.name().equals(type)).findFirst().orElse(null);
    }

    private static Source source(JsonNode t, GraphDocument document, RelationKey key) {
        JsonNode evidence = t.path("evidence");
        return new Source(key.statementId(), document.id(), document.docDate(), t.path("sentence").asInt(-1),
                evidence.path("start").asInt(-1), evidence.path("end").asInt(-1), text(t, "text"), t.path("predicate").asText(),
                text(t.path("date"), "value"), t.path("confidence").asDouble(0), text(t, "rule"));
    }

    private static Fact fact(JsonNode t, GraphDocument document, Map<String, EntityRef> byEntity, RelationTypes types) {
        EntityRef subject = byEntity.get(t.path("subject").path("id").asText());
        EntityRef object = byEntity.get(t.path("object").path("id").asText());
        if (subject == null || object == null) {
            return null; // an end that is not a graph node (a DATE), or a dangling id
        }
        String predicate = t.path("predicate").asText();
        Relation relation = relation(t, types);
        // "Kim hosted Putin" is Putin's visit to Kim
        String from = relation.inverse() ? object.id() : subject.id();
        String to = relation.inverse() ? subject.id() : object.id();
        if (relation.type().symmetric() && from.compareTo(to) > 0) {
            // "X and Y met" and "Y met X" are one relation: a fixed order lets them merge
            String swap = from;
            from = to;
            to = swap;
        }
        RelationKey key = new RelationKey(from, relation.name(), relation.role(), to,
                t.path("negated").asBoolean(false), t.path("modality").asText("asserted"));
        JsonNode evidence = t.path("evidence");
        Source source = new Source(key.statementId(), document.id(), document.docDate(), t.path("sentence").asInt(-1),
                evidence.path("start").asInt(-1), evidence.path("end").asInt(-1), text(t, "text"), predicate,
                text(t.path("date"), "value"), t.path("confidence").asDouble(0), text(t, "rule"));
        return new Fact(key, relation.type(), source);
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
