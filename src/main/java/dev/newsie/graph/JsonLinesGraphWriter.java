package dev.newsie.graph;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.relations.RelationType;

import java.io.IOException;
import java.io.Writer;

/**
 * The merged graph as JSON Lines: every document (kind "document"), every node (kind "node"), then every
 * relation (kind "edge") with its canonical type, its surface predicates and its sources.
 */
public final class JsonLinesGraphWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper().configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);

    private JsonLinesGraphWriter() {
    }

    public static void write(Graph graph, Writer out) throws IOException {
        for (DocumentFacts d : graph.documents()) {
            line(out, document(d.document()));
        }
        for (GraphNode n : graph.nodes()) {
            line(out, node(n));
        }
        for (GraphEdge e : graph.edges()) {
            line(out, edge(e));
        }
        out.flush();
    }

    static ObjectNode document(GraphDocument d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "document");
        o.put("id", d.id());
        o.put("iri", d.iri());
        if (d.url() != null) {
            o.put("url", d.url());
        }
        o.put("docDate", d.docDate());
        return o;
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
        RelationType type = e.type();
        ObjectNode o = MAPPER.createObjectNode();
        o.put("kind", "edge");
        o.put("id", e.id());
        o.put("subject", e.key().subject());
        o.put("relation", e.key().relation());
        if (e.key().role() != null) {
            o.put("role", e.key().role());
        }
        o.put("object", e.key().object());
        o.put("predicate", e.predicate());
        ArrayNode predicates = o.putArray("predicates");
        e.predicates().forEach(predicates::add);
        o.put("relationKind", type.kind());
        if (type.wikidata() != null) {
            o.put("wikidata", type.wikidata());
        }
        if (type.plover() != null) {
            ObjectNode event = o.putObject("event");
            event.put("plover", type.plover());
            if (type.cameo() != null) {
                event.put("cameo", type.cameo());
            }
            if (type.mode() != null) {
                event.put("mode", type.mode());
            }
            if (type.context() != null) {
                event.put("context", type.context());
            }
        }
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
            so.put("id", s.id());
            so.put("document", s.document());
            so.put("docDate", s.docDate());
            so.put("sentence", s.sentence());
            so.put("start", s.start());
            so.put("end", s.end());
            so.put("text", s.text());
            so.put("predicate", s.predicate());
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
