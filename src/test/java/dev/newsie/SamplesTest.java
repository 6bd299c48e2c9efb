package dev.newsie;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.cli.ExitCodes;
import dev.newsie.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * End to end on samples/: each article, run through the command line, gives exactly its expected output
 * (samples/expected/). After a deliberate change, regenerate them with samples/update-expected.sh and review the diff.
 */
class SamplesTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    @TempDir
    Path dir;

    /** Rows of samples/samples.tsv: file, document date. */
    static Stream<Arguments> samples() throws IOException {
        return Files.readAllLines(Path.of("samples/samples.tsv")).stream()
                .filter(l -> !l.startsWith("#") && !l.isBlank()).map(l -> l.split("\t")).map(f -> Arguments.of(f[0], f[1]));
    }

    private JsonNode extract(String file, String date) throws IOException {
        TestPipeline.extractor();
        Path out = dir.resolve(file + ".jsonl");
        int code = Main.execute(new PrintWriter(new StringWriter()), "extract", "--models", "models", "--doc-date", date,
                "-o", out.toString(), "samples/" + file);
        assertEquals(ExitCodes.OK, code);
        return JSON.readTree(Files.readString(out));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void sampleGivesItsExpectedOutput(String file, String date) throws IOException {
        JsonNode actual = extract(file, date);
        JsonNode expected = JSON.readTree(Files.readString(Path.of("samples/expected", file.replace(".txt", ".json"))));
        assertEquals(expected.toPrettyString(), actual.toPrettyString());
    }

    @Test
    void putinArticleStatesTheDesignTriples() throws IOException {
        JsonNode doc = extract("putin-visits-north-korea.txt", "2024-06-14");
        List<String> triples = new ArrayList<>();
        for (JsonNode t : doc.get("triples")) {
            triples.add(t.get("subject").get("name").asText() + "|" + t.get("predicate").asText() + "|" + t.get("object").get("name").asText()
                    + "|" + t.get("modality").asText() + "|" + (t.get("date").isNull() ? "" : t.get("date").get("value").asText()));
        }
        assertTrue(triples.contains("Vladimir Putin|visit|North Korea|planned|"), triples.toString());
        assertTrue(triples.contains("Vladimir Putin|meet|Kim Jong-un|asserted|2023-09"), triples.toString());
        assertTrue(triples.stream().anyMatch(t -> t.startsWith("Vladimir Putin|president of|Russia|")), triples.toString());
        assertTrue(triples.stream().anyMatch(t -> t.startsWith("China|hold talks with|South Korea|")), triples.toString());
        assertTrue(triples.contains("Vladimir Putin|visit|China|asserted|2024-05"), triples.toString());
    }

    @Test
    void putinArticleCodesThePlannedVisitAsRussiaConsultingNorthKorea() throws IOException {
        // issue 11: (Russia [Vladimir Putin, GOV], CONSULT, North Korea), planned
        JsonNode doc = extract("putin-visits-north-korea.txt", "2024-06-14");
        JsonNode putin = null;
        for (JsonNode e : doc.get("entities")) {
            if (e.get("name").asText().equals("Vladimir Putin")) {
                putin = e;
            }
        }
        assertNotNull(putin);
        assertEquals("RUS", putin.get("country").get("iso3").asText());
        assertEquals("GOV", putin.get("sector").asText());
        boolean coded = false;
        boolean roleHasNoEvent = false;
        for (JsonNode t : doc.get("triples")) {
            boolean fromPutin = t.get("subject").get("id").asText().equals(putin.get("id").asText());
            if (fromPutin && t.get("object").get("name").asText().equals("North Korea") && t.get("modality").asText().equals("planned")
                    && t.has("event") && t.get("event").get("plover").asText().equals("CONSULT")) {
                coded = true;
            }
            if (fromPutin && t.get("predicate").asText().equals("president of")) {
                roleHasNoEvent = !t.has("event");
            }
        }
        assertTrue(coded, doc.get("triples").toString());
        assertTrue(roleHasNoEvent, "a role is no event: " + doc.get("triples"));
    }

    @Test
    void pageFurnitureYieldsNothing() throws IOException {
        String text = Files.readString(Path.of("samples/putin-visits-north-korea.txt"));
        JsonNode doc = extract("putin-visits-north-korea.txt", "2024-06-14");
        int copyright = text.indexOf("\u00a9 The Asia Business Daily");
        int firstCaption = text.indexOf("[Image source=Yonhap News]");
        for (JsonNode e : doc.get("entities")) {
            String name = e.get("name").asText();
            assertFalse(name.contains("Yonhap") || name.contains("Asia Business") || name.equals("Top") || name.equals("Close"), name);
            for (JsonNode m : e.get("mentions")) {
                int start = m.get("start").asInt();
                assertTrue(start < copyright, "mention in the footer: " + m);
                assertFalse(start >= firstCaption && start < firstCaption + 27, "mention in a caption credit: " + m);
                assertEquals(m.get("text").asText(), text.substring(start, m.get("end").asInt()));
            }
        }
        // the headline banner repeated before captions is not read again
        long putinVisitsMentions = 0;
        for (JsonNode e : doc.get("entities")) {
            for (JsonNode m : e.get("mentions")) {
                int start = m.get("start").asInt();
                if (text.startsWith("Putin Visits North Korea, China Keeps Distance", start)) {
                    putinVisitsMentions++;
                }
            }
        }
        assertEquals(1, putinVisitsMentions, "only the first headline is article text");
    }
}
