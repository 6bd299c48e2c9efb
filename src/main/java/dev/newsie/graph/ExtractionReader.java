package dev.newsie.graph;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.newsie.input.UsageException;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * Reads newsie/1 extraction output one document at a time. A MappingIterator over one parser accepts JSON
 * Lines, one pretty-printed object (the samples) and several concatenated objects alike, and never holds
 * more than the current document. Anything that is not a newsie/1 document is a usage error naming the
 * file and line; only an incomplete last document (a run killed while writing) is skipped.
 */
public final class ExtractionReader {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String SCHEMA = "newsie/1";

    private ExtractionReader() {
    }

    /**
     * Calls {@code each} for every document in {@code in}; {@code name} (file or "-") labels errors. Returns
     * the line of an incomplete last document, which was skipped, or 0 when the input ended cleanly.
     */
    public static long read(InputStream in, String name, Consumer<JsonNode> each) throws IOException {
        Documents documents = documents(in, name);
        while (true) {
            boolean more;
            try {
                more = documents.hasNext();
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
            if (!more) {
                return documents.incompleteLine();
            }
            each.accept(documents.next());
        }
    }

    /**
     * The same documents as {@link #read}, pulled one at a time (the Spark graph job reads its files this way).
     * The same checks: not newsie/1 output is a {@link UsageException}; an I/O error comes as an
     * {@link UncheckedIOException}; after the last document, {@link Documents#incompleteLine()} tells whether an
     * incomplete last document was skipped. {@code in} is not closed.
     */
    public static Documents documents(InputStream in, String name) throws IOException {
        return new Documents(in, name);
    }

    /** The documents of one input, read as they are asked for. */
    public static final class Documents implements Iterator<JsonNode> {
        private final String name;
        private final Tail tail;
        private final JsonParser parser;
        private final MappingIterator<JsonNode> values;
        private JsonNode next;
        private boolean done;
        private long incompleteLine;

        private Documents(InputStream in, String name) throws IOException {
            this.name = name;
            this.tail = new Tail(in);
            this.parser = MAPPER.getFactory().createParser(tail);
            parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            this.values = MAPPER.readValues(parser, JsonNode.class);
        }

        @Override
        public boolean hasNext() {
            if (next != null) {
                return true;
            }
            if (done) {
                return false;
            }
            try {
                if (!values.hasNextValue()) {
                    finish();
                    return false;
                }
                JsonLocation start = parser.currentTokenLocation();
                JsonNode doc = values.nextValue();
                if (!doc.isObject() || !SCHEMA.equals(doc.path("schema").asText(null))) {
                    finish();
                    throw new UsageException(name + " line " + start.getLineNr() + ": not " + SCHEMA + " output" + whatItIs(doc)
                            + "; newsie graph reads what newsie extract writes");
                }
                next = doc;
                return true;
            } catch (JsonProcessingException e) {
                finish();
                long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
                if (tail.endsInsideLastLine(e, line)) {
                    incompleteLine = line;
                    return false;
                }
                throw new UsageException(name + " line " + line + ": not " + SCHEMA + " output: " + e.getOriginalMessage());
            } catch (IOException e) {
                finish();
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public JsonNode next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            JsonNode doc = next;
            next = null;
            return doc;
        }

        /** After the last document: the line of an incomplete last document that was skipped, or 0. */
        public long incompleteLine() {
            return incompleteLine;
        }

        private void finish() {
            done = true;
            try {
                values.close();
            } catch (IOException ignored) {
                // the parser holds nothing more (the input stream is the caller's)
            }
        }
    }

    private static String whatItIs(JsonNode doc) {
        String kind = doc.path("kind").asText("");
        if (kind.equals("node") || kind.equals("edge") || kind.equals("document")) {
            return " (a " + kind + " of newsie graph output: give the extract output it was made from)";
        }
        return doc.isObject() && doc.has("schema") ? " (schema " + doc.get("schema") + ")" : " (no \"schema\": \"" + SCHEMA + "\")";
    }

    /** Watches the end of the input: a parse error on a last line without its line break is an interrupted write. */
    private static final class Tail extends FilterInputStream {
        private long lines = 1;
        private int last = '\n';
        private boolean ended;

        Tail(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b < 0) {
                ended = true;
            } else {
                see(b);
            }
            return b;
        }

        @Override
        public int read(byte[] buf, int off, int len) throws IOException {
            int n = super.read(buf, off, len);
            if (n < 0) {
                ended = true;
            }
            for (int i = 0; i < n; i++) {
                see(buf[off + i]);
            }
            return n;
        }

        private void see(int b) {
            if (b == '\n') {
                lines++;
            }
            last = b;
        }

        boolean endsInsideLastLine(JsonProcessingException e, long errorLine) {
            if (e instanceof JsonEOFException) {
                return true; // the input ends inside a document
            }
            return ended && last != '\n' && errorLine == lines;
        }
    }
}
