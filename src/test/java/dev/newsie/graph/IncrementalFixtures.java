package dev.newsie.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.TestPipeline;
import dev.newsie.input.Document;
import dev.newsie.output.JsonLinesWriter;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Two days of news for the incremental-loading tests: day 1 is the five samples, day 2 the second Putin
 * article; and that article extracted again after its text changed (the denial of a visit to South Korea
 * removed, a visit to China added), run through the real pipeline.
 */
final class IncrementalFixtures {
    static final String SECOND_ID = "putin-in-pyongyang.txt";
    private static List<DocumentFacts> reExtracted;

    private IncrementalFixtures() {
    }

    static List<DocumentFacts> read(List<Path> files) throws IOException {
        List<DocumentFacts> docs = new ArrayList<>();
        for (Path file : files) {
            try (InputStream in = Files.newInputStream(file)) {
                ExtractionReader.read(in, file.toString(), json -> docs.add(DocumentFacts.of(json, GraphFixtures.TYPES, docs.size())));
            }
        }
        return docs;
    }

    static List<DocumentFacts> day1() throws IOException {
        List<Path> samples = new ArrayList<>(GraphFixtures.inputs());
        samples.remove(GraphFixtures.SECOND_ARTICLE);
        return read(samples);
    }

    static List<DocumentFacts> day2() throws IOException {
        return read(List.of(GraphFixtures.SECOND_ARTICLE));
    }

    static List<DocumentFacts> both() throws IOException {
        List<DocumentFacts> all = new ArrayList<>(day1());
        all.addAll(day2());
        return all;
    }

    static synchronized List<DocumentFacts> secondArticleExtractedAgain() throws IOException {
        if (reExtracted == null) {
            String text = Files.readString(Path.of("src/test/resources/graph/putin-in-pyongyang.txt"))
                    .replace("Putin did not visit South Korea.\n", "Putin visited China in May.\n");
            var result = TestPipeline.extractor().extract(Document.ok(SECOND_ID, text, "2024-06-20"));
            StringWriter out = new StringWriter();
            JsonNode json = new JsonLinesWriter(out, false).toJson(result);
            reExtracted = List.of(DocumentFacts.of(new ObjectMapper().readTree(json.toString()), GraphFixtures.TYPES, 0));
        }
        return reExtracted;
    }
}
