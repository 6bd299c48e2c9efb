package dev.newsie.graph;

import dev.newsie.dates.DateValues;
import dev.newsie.relations.RelationType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The property graph newsie writes for Neo4j, shared by the admin-import CSVs and the Cypher script so that
 * both give the same graph:
 * <ul>
 *   <li>{@code (:Entity:Person|Country|Organization {id, name, type, iso3, wikidata, iri})}</li>
 *   <li>{@code (:Document {id, iri, url, docDate})} and {@code (:Document)-[:MENTIONS {mentions}]->(:Entity)}</li>
 *   <li>one relationship per merged relation, typed by its canonical type ({@code MEET}, {@code POSITION_HELD}):
 *       {@code {id, relation, role, negated, modality, symmetric, kind, wikidata, plover, cameo, mode}} and what
 *       its sources add up to: {@code predicates, documents, sentences, firstDate, lastDate, confidence}</li>
 *   <li>{@code (:Source {id, statement, subject, object, document, sentence, start, end, text, predicate, date,
 *       dateValue, confidence, rule})}: one per stating sentence; {@code statement} is the relationship's id</li>
 * </ul>
 * Values are Neo4j's types: integers as INTEGER (long), confidence as FLOAT, dates as DATE (the first day of
 * "2024-06" or "2024-W25"; the TIMEX value itself is the source's {@code dateValue}).
 */
final class Neo4jModel {
    private Neo4jModel() {
    }

    /** Neo4j's convention for relationship types: "position-held" -> POSITION_HELD, "receive letter from" -> RECEIVE_LETTER_FROM. */
    static String relationshipType(String relation) {
        return NodeIds.slug(relation).replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** "PERSON" -> "Person". */
    static String label(String type) {
        String lower = type.toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static Map<String, Object> entity(String id, String type, String name, String iso3, String wikidata) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", id);
        p.put("name", name);
        p.put("type", type);
        put(p, "iso3", iso3);
        put(p, "wikidata", wikidata);
        p.put("iri", NodeIds.iri(id));
        return p;
    }

    static Map<String, Object> document(GraphDocument d) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", d.id());
        p.put("iri", d.iri());
        put(p, "url", d.url());
        put(p, "docDate", date(DateValues.firstDay(d.docDate())));
        return p;
    }

    /** What a relationship is, whatever its sources: the parts of its key and its type's attributes. */
    static Map<String, Object> relation(RelationKey k, RelationType type) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", k.statementId());
        p.put("relation", k.relation());
        put(p, "role", k.role());
        p.put("negated", k.negated());
        p.put("modality", k.modality());
        p.put("symmetric", type.symmetric());
        p.put("kind", type.kind());
        put(p, "wikidata", type.wikidata());
        put(p, "plover", type.plover());
        put(p, "cameo", type.cameo());
        put(p, "mode", type.mode());
        return p;
    }

    /** What its sources add up to (the Cypher script recomputes these from the Source nodes after every batch). */
    static Map<String, Object> totals(GraphEdge e) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("predicates", e.predicates());
        p.put("documents", (long) e.documents());
        p.put("sentences", (long) e.sentences());
        put(p, "firstDate", date(DateValues.firstDay(e.firstDate())));
        put(p, "lastDate", date(DateValues.firstDay(e.lastDate())));
        p.put("confidence", e.confidence());
        return p;
    }

    static Map<String, Object> source(Source s, RelationKey k) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("id", s.id());
        p.put("statement", s.statement());
        p.put("subject", k.subject());
        p.put("object", k.object());
        p.put("document", s.document());
        p.put("sentence", (long) s.sentence());
        p.put("start", (long) s.start());
        p.put("end", (long) s.end());
        put(p, "text", s.text());
        p.put("predicate", s.predicate());
        put(p, "date", date(DateValues.firstDay(s.date())));
        put(p, "dateValue", s.date());
        p.put("confidence", s.confidence());
        put(p, "rule", s.rule());
        return p;
    }

    static LocalDate date(String isoDay) {
        return isoDay == null ? null : LocalDate.parse(isoDay);
    }

    private static void put(Map<String, Object> p, String key, Object value) {
        if (value != null) {
            p.put(key, value);
        }
    }
}
