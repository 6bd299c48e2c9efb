package dev.newsie.graph;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
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
            throw notOutput(name, e);
        }
    }

    /**
     * The same documents as {@link #read}, pulled one at a time (the Spark graph job iterates them lazily); what
     * {@code read} throws comes as an {@link UncheckedIOException} around it.
     */
    public static Iterator<JsonNode> documents(InputStream in, String name) throws IOException {
        JsonParser parser = MAPPER.getFactory().createParser(in);
        parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
        MappingIterator<JsonNode> documents = MAPPER.readValues(parser, JsonNode.class);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return unchecked(documents::hasNextValue, name);
            }

            @Override
            public JsonNode next() {
                return unchecked(documents::nextValue, name);
            }
        };
    }

    private interface Read<T> {
        T get() throws IOException;
    }

    private static <T> T unchecked(Read<T> read, String name) {
        try {
            return read.get();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UncheckedIOException(notOutput(name, e));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static IOException notOutput(String name, com.fasterxml.jackson.core.JsonProcessingException e) {
        return new IOException(name + ": not newsie extraction output: " + e.getOriginalMessage()
                + " (line " + e.getLocation().getLineNr() + ")", e);
    }
}
