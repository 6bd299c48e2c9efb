package dev.newsie.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.Writer;

/** The merged graph as JSON Lines: every node (kind "node"), then every relation (kind "edge") with its sources. */
public final class JsonLinesGraphWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private JsonLinesGraphWriter() {
    }

    public static void write(Graph graph, Writer out) throws IOException {
        for (GraphNode n : graph.nodes()) {
            line(out, node(n));
        }
        for (GraphEdge e : graph.edges()) {
            line(out, edge(e));
        }
        out.flush();
    }

    static ObjectNode node(GraphNode n) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "node");
        o.put("id", n.id());
        o.put("type", n.type());
        o.put("name", n.name());
        if (n.iso3() != null) {
            o.put("iso3", n.iso3());
        }
        if (n.wikidata() != null) {
            o.put("wikidata", n.wikidata());
        }
        o.put("iri", n.iri());
        o.put("documents", n.documents());
        o.put("mentions", n.mentions());
        return o;
    }

    static ObjectNode edge(GraphEdge e) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "edge");
        o.put("id", e.id());
        o.put("subject", e.key().subject());
        o.put("predicate", e.key().predicate());
        o.put("object", e.key().object());
        o.put("negated", e.key().negated());
        o.put("modality", e.key().modality());
        if (e.symmetric()) {
            o.put("symmetric", true);
        }
        o.put("documents", e.documents());
        o.put("sentences", e.sentences());
        o.put("firstDate", e.firstDate());
        o.put("lastDate", e.lastDate());
        o.put("confidence", e.confidence());
        ArrayNode sources = o.putArray("sources");
        for (Source s : e.sources()) {
            ObjectNode so = sources.addObject();
            so.put("document", s.document());
            so.put("docDate", s.docDate());
            so.put("sentence", s.sentence());
            so.put("start", s.start());
            so.put("end", s.end());
            so.put("text", s.text());
            so.put("date", s.date());
            so.put("confidence", s.confidence());
            if (s.rule() != null) {
                so.put("rule", s.rule());
            }
        }
        return o;
    }

    private static void line(Writer out, ObjectNode o) throws IOException {
        out.write(MAPPER.writeValueAsString(o));
        out.write('\n');
    }
}
