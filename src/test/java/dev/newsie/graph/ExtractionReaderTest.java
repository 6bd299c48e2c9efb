package dev.newsie.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsie.input.UsageException;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ExtractionReaderTest {
    private static List<String> ids(String input) throws IOException {
        List<String> ids = new ArrayList<>();
        ExtractionReader.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "test",
                (JsonNode doc) -> ids.add(doc.path("id").asText()));
        return ids;
    }

    private static String doc(String id) {
        return "{\"schema\":\"newsie/1\",\"id\":\"" + id + "\"}";
    }

    @Test
    void readsJsonLines() throws IOException {
        assertEquals(List.of("a", "b", "c"), ids(doc("a") + "\n" + doc("b") + "\n\n" + doc("c") + "\n"));
    }

    @Test
    void readsPrettyAndConcatenatedObjects() throws IOException {
        String pretty = Files.readString(GraphFixtures.SECOND_ARTICLE);
        assertEquals(List.of("putin-in-pyongyang.txt"), ids(pretty));
        assertEquals(List.of("putin-in-pyongyang.txt", "putin-in-pyongyang.txt"), ids(pretty + pretty));
    }

    @Test
    void malformedInputNamesTheSourceAndLine() {
        UsageException e = assertThrows(UsageException.class, () -> ids(doc("a") + "\n{broken\n"));
        assertTrue(e.getMessage().startsWith("test line 2: not newsie/1 output"), e.getMessage());
        UsageException other = assertThrows(UsageException.class, () -> ids(doc("a") + "\n{\"id\":\"b\"}\n"));
        assertTrue(other.getMessage().startsWith("test line 2: not newsie/1 output"), other.getMessage());
    }

    @Test
    void anIncompleteLastDocumentIsSkippedAndItsLineReturned() throws IOException {
        List<String> ids = new ArrayList<>();
        String input = doc("a") + "\n" + doc("b") + "\n" + doc("c").substring(0, 20);
        long line = ExtractionReader.read(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "test",
                d -> ids.add(d.path("id").asText()));
        assertEquals(3, line);
        assertEquals(List.of("a", "b"), ids);
    }
}
