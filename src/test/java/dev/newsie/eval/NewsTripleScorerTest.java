package dev.newsie.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPipeline;
import dev.newsie.pipeline.Models;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `newsie eval` gives the reference scorer's numbers (fixtures: src/test/resources/eval, made by its update.sh). */
class NewsTripleScorerTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path FIXTURES = Path.of("src/test/resources/eval");
    private static final NewsTripleScorer SCORER = new NewsTripleScorer(Models.fromDirectory(TestPipeline.MODELS).lines("eval/lemmas.tsv"));

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (!line.isBlank()) {
                out.add(JSON.readTree(line));
            }
        }
        return out;
    }

    private static Map<String, JsonNode> byId(List<JsonNode> docs) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        docs.forEach(d -> out.putIfAbsent(d.path("id").asText(), d));
        return out;
    }

    @Test
    void theSameNumbersAsTheReferenceScorerOnTheDevelopmentSet() throws IOException {
        NewsTripleScorer.Score score = SCORER.score(lines(FIXTURES.resolve("news-triples-dev.jsonl")), byId(lines(FIXTURES.resolve("pred.jsonl"))));
        JsonNode expected = JSON.readTree(FIXTURES.resolve("expected.json").toFile());
        assertCounts(expected.get("triples"), score.triples());
        for (String type : NewsTripleScorer.TYPES) {
            assertCounts(expected.get(type), score.entities().get(type));
        }
        assertEquals(expected.get("date_ok").asText(), score.dateRight() + "/" + score.dated());
        assertEquals(expected.get("modality_ok").asText(), score.modalityRight() + "/" + score.matched());
        assertEquals(expected.get("docs").asInt(), score.documents().size());
        assertTrue(score.triples().right() > 0 && score.triples().right() < score.triples().gold(), "a score with hits and misses");
    }

    private static void assertCounts(JsonNode expected, NewsTripleScorer.Counts actual) {
        JsonNode n = expected.get("n");
        assertEquals(List.of(n.get(0).asLong(), n.get(1).asLong(), n.get(2).asLong(), n.get(3).asLong()),
                List.of(actual.right(), actual.predicted(), actual.found(), actual.gold()));
        assertEquals(expected.get("P").asDouble(), actual.precision(), 0.0005);
        assertEquals(expected.get("R").asDouble(), actual.recall(), 0.0005);
        assertEquals(expected.get("F1").asDouble(), actual.f1(), 0.0005);
    }

    @Test
    void aPredicateMatchesThroughItsLemmasAndASymmetricTripleBothWays() throws IOException {
        JsonNode gold = JSON.readTree("""
                {"id": "d", "entities": {"PERSON": ["Vladimir Putin", "Kim Jong-un"], "COUNTRY": ["North Korea"]},
                 "aliases": {"Vladimir Putin": ["Putin"], "North Korea": ["PRK"]},
                 "triples": [{"s": "Vladimir Putin", "p": ["visit"], "o": "North Korea", "date": "2024-06-19"},
                             {"s": "Kim Jong-un", "p": ["meet"], "o": "Vladimir Putin", "symmetric": true}],
                 "optional": [{"s": "Vladimir Putin", "p": ["president"], "o": "North Korea"}]}""");
        JsonNode pred = JSON.readTree("""
                {"id": "d", "entities": [
                  {"id": "e1", "type": "PERSON", "name": "Putin", "mentions": [{"text": "Putin"}]},
                  {"id": "e2", "type": "COUNTRY", "name": "DPRK", "iso3": "PRK", "mentions": [{"text": "DPRK"}]},
                  {"id": "e3", "type": "PERSON", "name": "Kim Jong-un", "mentions": [{"text": "Kim"}]},
                  {"id": "e4", "type": "PERSON", "name": "Lee", "mentions": [{"text": "he"}]}],
                 "triples": [
                  {"subject": {"id": "e1", "type": "PERSON"}, "predicate": "visit", "object": {"id": "e2", "type": "COUNTRY"},
                   "text": "visited", "negated": false, "modality": "asserted", "date": {"value": "2024-06-19"}},
                  {"subject": {"id": "e1", "type": "PERSON"}, "predicate": "met", "object": {"id": "e3", "type": "PERSON"}, "negated": false},
                  {"subject": {"id": "e1", "type": "PERSON"}, "predicate": "president of", "object": {"id": "e2", "type": "COUNTRY"}},
                  {"subject": {"id": "e3", "type": "PERSON"}, "predicate": "visit", "object": {"id": "e2", "type": "COUNTRY"}, "negated": true}]}""");
        NewsTripleScorer.Score score = SCORER.score(List.of(gold), Map.of("d", pred));
        NewsTripleScorer.Counts t = score.triples();
        assertEquals(List.of(2L, 3L, 2L, 2L), List.of(t.right(), t.predicted(), t.found(), t.gold()), "the optional role counts neither way");
        assertEquals(1, score.dateRight());
        assertEquals(List.of("(Kim Jong-un, visit, DPRK) NEG"), score.documents().get(0).wrongTriples());
        NewsTripleScorer.Counts persons = score.entities().get("PERSON");
        assertEquals(List.of(2L, 2L, 2L, 2L), List.of(persons.right(), persons.predicted(), persons.found(), persons.gold()),
                "an entity named only by a pronoun is not scored");
        assertFalse(SCORER.headsMatch("hold talks with", List.of("meet")));
        assertTrue(SCORER.headsMatch("held talks with", List.of("hold")));
    }
}
