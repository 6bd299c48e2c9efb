package dev.newsie.graph;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Feeding a live Neo4j (embedded 5.26) with {@code newsie graph --format cypher}, batch after batch. */
class Neo4jIncrementalTest {

    private static String script(List<DocumentFacts> docs) throws IOException {
        StringWriter out = new StringWriter();
        CypherWriter.write(docs, out);
        return out.toString();
    }

    private static List<String> loaded(List<DocumentFacts>... batches) throws IOException {
        EmbeddedNeo4j.clear();
        for (List<DocumentFacts> batch : batches) {
            EmbeddedNeo4j.runScript(script(batch));
        }
        return EmbeddedNeo4j.snapshot();
    }

    @Test
    @SuppressWarnings("unchecked")
    void dayByDayGivesTheGraphOfBothAtOnce() throws IOException {
        List<String> atOnce = loaded(IncrementalFixtures.both());
        List<String> dayByDay = loaded(IncrementalFixtures.day1(), IncrementalFixtures.day2());
        assertEquals(atOnce, dayByDay);
        // the totals were recomputed when day 2 added a second source to day 1's relations
        assertEquals(List.of(Map.of("documents", 2L, "sentences", 2L)), EmbeddedNeo4j.query("""
                MATCH (:Person {name: 'Vladimir Putin'})-[r:VISIT {modality: 'asserted'}]->(:Country {wikidata: 'Q423'})
                RETURN r.documents AS documents, r.sentences AS sentences
                """));
        assertTrue(atOnce.size() > 200, "a real graph: " + atOnce.size());
        assertTrue(atOnce.stream().noneMatch(line -> line.contains("Newsie")), "no bookkeeping left behind");
    }

    @Test
    @SuppressWarnings("unchecked")
    void loadingABatchTwiceChangesNothing() throws IOException {
        assertEquals(loaded(IncrementalFixtures.both()), loaded(IncrementalFixtures.both(), IncrementalFixtures.both()));
        assertEquals(loaded(IncrementalFixtures.day1(), IncrementalFixtures.day2()),
                loaded(IncrementalFixtures.day1(), IncrementalFixtures.day2(), IncrementalFixtures.day2()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void reloadingAReExtractedDocumentReplacesItsFacts() throws IOException {
        List<DocumentFacts> fresh = new ArrayList<>(IncrementalFixtures.day1());
        fresh.addAll(IncrementalFixtures.secondArticleExtractedAgain());
        List<String> expected = loaded(fresh);
        loaded(IncrementalFixtures.day1(), IncrementalFixtures.day2());
        String denied = "MATCH (:Person {name: 'Vladimir Putin'})-[r:VISIT {negated: true}]->(:Country {iso3: 'KOR'}) RETURN count(r) AS n";
        String china = """
                MATCH (:Person {name: 'Vladimir Putin'})-[r:VISIT {negated: false, modality: 'asserted'}]->(:Country {iso3: 'CHN'})
                RETURN r.documents AS n""";
        assertEquals(1L, EmbeddedNeo4j.query(denied).get(0).get("n"));
        assertEquals(1L, EmbeddedNeo4j.query(china).get(0).get("n"));
        EmbeddedNeo4j.runScript(script(IncrementalFixtures.secondArticleExtractedAgain()));
        assertEquals(0L, EmbeddedNeo4j.query(denied).get(0).get("n"), "the new text no longer denies the visit");
        assertEquals(2L, EmbeddedNeo4j.query(china).get(0).get("n"), "the new text adds a visit to China");
        assertEquals(expected, EmbeddedNeo4j.snapshot());
    }

    @Test
    void datesAreDatesAndConfidenceIsAFloat() throws IOException {
        loaded(IncrementalFixtures.both());
        Map<String, Object> row = EmbeddedNeo4j.query("""
                MATCH (:Person {name: 'Vladimir Putin'})-[r:VISIT {modality: 'asserted'}]->(:Country {wikidata: 'Q423'})
                MATCH (d:Document {id: 'putin-in-pyongyang.txt'})
                RETURN valueType(r.firstDate) AS date, valueType(r.confidence) AS confidence, valueType(d.docDate) AS docDate
                """).get(0);
        assertEquals(Map.of("date", "DATE NOT NULL", "confidence", "FLOAT NOT NULL", "docDate", "DATE NOT NULL"), row);
    }
}
