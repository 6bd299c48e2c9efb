package dev.newsie.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

/**
 * Reads newsie/1 extraction output one document at a time. A MappingIterator over one parser accepts JSON
 * Lines, one pretty-printed object (the samples) and several concatenated objects alike, and never holds
 * more than the current document.
 */
public final class ExtractionReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ExtractionReader() {
    }

    /** Calls {@code each} for every JSON object in {@code in}; {@code name} (file or "-") labels parse errors. */
    public static void read(InputStream in, String name, Consumer<JsonNode> each) throws IOException {
        JsonParser parser = MAPPER.getFactory().createParser(in);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        try (MappingIterator<JsonNode> documents = MAPPER.readValues(parser, JsonNode.class)) {
            while (documents.hasNextValue()) {
                each.accept(documents.nextValue());
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(name + ": not newsie extraction output: " + e.getOriginalMessage()
                    + " (line " + e.getLocation().getLineNr() + ")", e);
        }
    }
}
