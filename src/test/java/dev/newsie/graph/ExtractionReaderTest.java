package dev.newsie.graph;

import com.fasterxml.jackson.databind.JsonNode;
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

    @Test
    void readsJsonLines() throws IOException {
        assertEquals(List.of("a", "b", "c"), ids("{\"id\":\"a\"}\n{\"id\":\"b\"}\n\n{\"id\":\"c\"}\n"));
    }

    @Test
    void readsPrettyAndConcatenatedObjects() throws IOException {
        String pretty = Files.readString(GraphFixtures.SECOND_ARTICLE);
        assertEquals(List.of("putin-in-pyongyang.txt"), ids(pretty));
        assertEquals(List.of("putin-in-pyongyang.txt", "putin-in-pyongyang.txt"), ids(pretty + pretty));
    }

    @Test
    void malformedInputNamesTheSourceAndLine() {
        IOException e = assertThrows(IOException.class, () -> ids("{\"id\":\"a\"}\n{broken\n"));
        assertTrue(e.getMessage().startsWith("test: "), e.getMessage());
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }
}
