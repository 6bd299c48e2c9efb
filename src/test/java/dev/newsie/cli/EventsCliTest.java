package dev.newsie.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsie.TestPipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code extract --format events} and {@code graph --country-level} from the command line. */
class EventsCliTest {
    @TempDir
    Path dir;
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void pipeline() {
        TestPipeline.extractor(); // CoreNLP caches loaded models: the CLI's pipeline reuses the fixture's
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(err, true), args);
    }


    @Test
    void eventRecordsOnePerCodedEventAndOneForAFailedDocument() throws IOException {
        Path in = dir.resolve("in.jsonl");
        Files.writeString(in, """
                {"id": "a", "date": "2024-03-01", "text": "Israeli soldiers arrested 40 Palestinians. Russian President Vladimir Putin is the president of Russia."}
                {"id": "b", "date": "2024-03-01", "text": ""}
                {"id": "c", "date": "2024-03-01", "text": "Turkish officials met Greek diplomats in Athens on Monday."}
                """);
        Path out = dir.resolve("events.jsonl");
        assertEquals(ExitCodes.SOME_FAILED, run("extract", "-q", "--format", "events", "-o", out.toString(), in.toString()));
        List<JsonNode> records = CliOutput.lines(out);
        assertEquals(List.of("a#event-1", "b", "c#event-1"), records.stream()
                .map(r -> r.has("id") ? r.get("id").asText() : r.get("document").asText()).toList(), records.toString());
        JsonNode arrest = records.get(0);
        assertEquals("COERCE", arrest.get("event").get(0).asText());
        assertEquals("ISR", arrest.get("source").get(0).get("code").asText());
        assertEquals("MIL", arrest.get("source").get(0).get("sector").asText());
        assertEquals("PSE", arrest.get("recipient").get(0).get("code").asText());
        assertEquals("2024-03-01", arrest.get("date").asText());
        assertTrue(records.get(1).has("error"));
        JsonNode meeting = records.get(2);
        assertEquals(2, meeting.get("source").size(), "a meeting is reciprocal: both actors are sources");
        assertEquals(0, meeting.get("recipient").size());
    }

    @Test
    void eventsCannotResume() throws IOException {
        Path out = dir.resolve("events.jsonl");
        Files.writeString(out, "");
        assertEquals(ExitCodes.USAGE, run("extract", "--format", "events", "--resume", "-o", out.toString(), "-"));
        assertTrue(err.toString().contains("--format events"), err.toString());
        assertEquals(ExitCodes.USAGE, run("extract", "--format", "gdelt", "-"));
    }

    @Test
    void countryLevelGraphRollsPeopleUpToTheirCountries() throws IOException {
        Path out = dir.resolve("countries.jsonl");
        assertEquals(ExitCodes.OK, run("graph", "--country-level", "-o", out.toString(), "samples/expected/putin-visits-north-korea.json"));
        List<JsonNode> lines = CliOutput.lines(out);
        JsonNode visit = lines.stream().filter(l -> l.path("kind").asText().equals("edge") && l.path("subject").asText().equals("wd:Q159")
                        && l.path("object").asText().equals("wd:Q423") && l.path("modality").asText().equals("planned"))
                .findFirst().orElseThrow(() -> new AssertionError(lines.toString()));
        assertEquals("CONSULT", visit.get("relation").asText());
        assertEquals("CONSULT", visit.get("event").get("plover").asText());
        assertTrue(visit.get("sentences").asInt() >= 2, visit.toString());
        assertTrue(lines.stream().filter(l -> l.path("kind").asText().equals("node"))
                .allMatch(l -> l.path("type").asText().equals("COUNTRY")), "only countries are nodes");
        assertTrue(lines.stream().filter(l -> l.path("kind").asText().equals("edge")).noneMatch(l -> l.path("relation").asText()
                .equals("position-held")), "roles are no events");
    }
}
