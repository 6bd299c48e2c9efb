package dev.newsie.graph;

import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The graph (see {@link Neo4jModel}) as a cypher-shell script for a live database
 * ({@code cypher-shell -f graph.cypher}): per batch of documents one {@code :param} line with the batch's
 * rows and {@code UNWIND $rows ... MERGE} statements. Loading is idempotent and replaces: a batch first
 * removes what its documents said before (their sources and mentions), then merges what they say now, then
 * recomputes the totals of every relationship it touched and drops relationships and entities nothing
 * supports any more. Loading batch 1 then batch 2 gives the graph of loading both at once; loading a batch
 * twice changes nothing.
 */
public final class CypherWriter {
    /** Documents per {@code :param} line: small enough for one transaction per statement, large enough to be fast. */
    public static final int BATCH_DOCUMENTS = 200;

    static final List<String> SCHEMA = List.of(
            "CREATE CONSTRAINT newsie_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT newsie_document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT newsie_source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE",
            "CREATE CONSTRAINT newsie_recount_id IF NOT EXISTS FOR (n:NewsieRecount) REQUIRE n.id IS UNIQUE",
            "CREATE INDEX newsie_source_statement IF NOT EXISTS FOR (n:Source) ON (n.statement)",
            "CREATE INDEX newsie_source_document IF NOT EXISTS FOR (n:Source) ON (n.document)");

    private static final String FORGET_MENTIONS = """
            UNWIND $documents AS d
            MATCH (:Document {id: d.id})-[m:MENTIONS]->(e:Entity)
            SET e:NewsieCheck
            DELETE m""";
    private static final String FORGET_SOURCES = """
            UNWIND $documents AS d
            MATCH (s:Source {document: d.id})
            MERGE (c:NewsieRecount {id: s.statement})
              ON CREATE SET c.subject = s.subject, c.object = s.object
            DELETE s""";
    private static final String DOCUMENTS = """
            UNWIND $documents AS d
            MERGE (n:Document {id: d.id})
            SET n.iri = d.iri, n.url = d.url, n.docDate = date(d.docDate)""";
    private static final String ENTITIES = """
            UNWIND $entities AS e
            MERGE (n:Entity {id: e.id})
              ON CREATE SET n.name = e.name
            SET n.type = e.type, n.iso3 = e.iso3, n.wikidata = e.wikidata, n.iri = e.iri
            FOREACH (_ IN CASE WHEN e.type = 'PERSON' THEN [1] ELSE [] END | SET n:Person)
            FOREACH (_ IN CASE WHEN e.type = 'COUNTRY' THEN [1] ELSE [] END | SET n:Country)
            FOREACH (_ IN CASE WHEN e.type = 'ORGANIZATION' THEN [1] ELSE [] END | SET n:Organization)""";
    private static final String MENTIONS = """
            UNWIND $mentions AS m
            MATCH (d:Document {id: m.document}), (e:Entity {id: m.entity})
            MERGE (d)-[r:MENTIONS]->(e)
            SET r.mentions = m.mentions
            REMOVE e:NewsieCheck""";
    /** Relationship types cannot be parameters: one statement per type in the batch. */
    private static final String RELATIONS = """
            UNWIND $relations AS r
            WITH r WHERE r.type = '%1$s'
            MATCH (a:Entity {id: r.subject}), (b:Entity {id: r.object})
            MERGE (a)-[x:`%1$s` {id: r.id}]->(b)
            SET x += r.properties
            MERGE (c:NewsieRecount {id: r.id})
              ON CREATE SET c.subject = r.subject, c.object = r.object""";
    private static final String SOURCES = """
            UNWIND $sources AS s
            MERGE (n:Source {id: s.id})
            SET n += s.properties, n.date = date(s.date)""";
    private static final String DROP_UNSUPPORTED = """
            MATCH (c:NewsieRecount)
            MATCH (:Entity {id: c.subject})-[r]->(:Entity {id: c.object})
            WHERE r.id = c.id AND NOT EXISTS { MATCH (s:Source {statement: c.id}) }
            DELETE r""";
    private static final String RECOUNT = """
            MATCH (c:NewsieRecount)
            MATCH (:Entity {id: c.subject})-[r]->(:Entity {id: c.object})
            WHERE r.id = c.id
            CALL {
              WITH r
              MATCH (s:Source {statement: r.id})
              WITH s ORDER BY s.predicate
              RETURN count(s) AS sentences, count(DISTINCT s.document) AS documents, min(s.date) AS firstDate,
                     max(s.date) AS lastDate, max(s.confidence) AS confidence, collect(DISTINCT s.predicate) AS predicates
            }
            SET r.sentences = sentences, r.documents = documents, r.firstDate = firstDate, r.lastDate = lastDate,
                r.confidence = confidence, r.predicates = predicates""";
    private static final String RECOUNT_DONE = "MATCH (c:NewsieRecount) DELETE c";
    private static final String DROP_UNMENTIONED = """
            MATCH (e:NewsieCheck)
            WHERE NOT EXISTS { MATCH (e)<-[:MENTIONS]-(:Document) }
            DETACH DELETE e""";
    private static final String CHECK_DONE = "MATCH (e:NewsieCheck) REMOVE e:NewsieCheck";

    private CypherWriter() {
    }

    public static void write(Collection<DocumentFacts> documents, Writer out) throws IOException {
        out.write("// newsie graph --format cypher: load with  cypher-shell -f FILE  (idempotent; a document loaded again replaces its facts)\n");
        for (String statement : SCHEMA) {
            statement(out, statement);
        }
        List<DocumentFacts> batch = new ArrayList<>();
        for (DocumentFacts doc : documents) {
            batch.add(doc);
            if (batch.size() == BATCH_DOCUMENTS) {
                batch(out, batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            batch(out, batch);
        }
        out.flush();
    }

    private static void batch(Writer out, List<DocumentFacts> docs) throws IOException {
        List<Map<String, Object>> documents = new ArrayList<>();
        Map<String, Object> entities = new LinkedHashMap<>();
        List<Object> mentions = new ArrayList<>();
        Map<String, Object> relations = new LinkedHashMap<>();
        Set<String> types = new LinkedHashSet<>();
        List<Object> sources = new ArrayList<>();
        for (DocumentFacts d : docs) {
            documents.add(Neo4jModel.document(d.document()));
            for (DocumentFacts.EntityRef e : d.entities()) {
                entities.putIfAbsent(e.id(), Neo4jModel.entity(e.id(), e.type(), e.name(), e.iso3(), e.wikidata()));
                mentions.add(Map.of("document", d.document().id(), "entity", e.id(), "mentions", (long) e.mentions()));
            }
            for (DocumentFacts.Fact f : d.facts()) {
                String type = Neo4jModel.relationshipType(f.key().relation());
                types.add(type);
                relations.computeIfAbsent(f.key().statementId(), id -> Map.of("id", id, "type", type,
                        "subject", f.key().subject(), "object", f.key().object(), "properties", Neo4jModel.relation(f.key(), f.type())));
                Map<String, Object> source = Neo4jModel.source(f.source(), f.key());
                Object date = source.remove("date");
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", source.get("id"));
                row.put("date", date == null ? null : date.toString());
                row.put("properties", source);
                sources.add(row);
            }
        }
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("documents", documents.stream().map(CypherWriter::dateAsText).toList());
        params.put("entities", List.copyOf(entities.values()));
        params.put("mentions", mentions);
        params.put("relations", List.copyOf(relations.values()));
        params.put("sources", sources);
        out.write(":param ");
        out.write(literal(params));
        out.write('\n');
        statement(out, FORGET_MENTIONS);
        statement(out, FORGET_SOURCES);
        statement(out, DOCUMENTS);
        statement(out, ENTITIES);
        statement(out, MENTIONS);
        for (String type : types) {
            statement(out, String.format(RELATIONS, type));
        }
        statement(out, SOURCES);
        statement(out, DROP_UNSUPPORTED);
        statement(out, RECOUNT);
        statement(out, RECOUNT_DONE);
        statement(out, DROP_UNMENTIONED);
        statement(out, CHECK_DONE);
    }

    /** Dates travel as ISO text and become DATE values in the statements ({@code date(d.docDate)}). */
    private static Object dateAsText(Map<String, Object> row) {
        Map<String, Object> copy = new LinkedHashMap<>(row);
        copy.replaceAll((k, v) -> v instanceof LocalDate d ? d.toString() : v);
        return copy;
    }

    private static void statement(Writer out, String statement) throws IOException {
        out.write(statement);
        out.write(";\n");
    }

    /** A Cypher literal: maps, lists, strings (single-quoted, escaped), numbers, booleans, null. */
    static String literal(Object value) {
        StringBuilder out = new StringBuilder();
        literal(value, out);
        return out.toString();
    }

    private static void literal(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                out.append('`').append(e.getKey().toString().replace("`", "``")).append("`: ");
                literal(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            out.append('[');
            boolean first = true;
            for (Object element : list) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                literal(element, out);
            }
            out.append(']');
        } else if (value instanceof Boolean || value instanceof Long || value instanceof Integer) {
            out.append(value);
        } else if (value instanceof Double d) {
            out.append(Double.isFinite(d) ? d.toString() : "0.0");
        } else if (value instanceof LocalDate d) {
            out.append("date('").append(d).append("')");
        } else {
            string(value.toString(), out);
        }
    }

    private static void string(String s, StringBuilder out) {
        out.append('\'');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\'' -> out.append("\\'");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20 || c == 0x2028 || c == 0x2029) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('\'');
    }
}
