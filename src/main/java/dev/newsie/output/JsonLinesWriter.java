package dev.newsie.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.entities.Actor;
import dev.newsie.entities.Entity;
import dev.newsie.entities.Mention;
import dev.newsie.relations.RelationType;
import dev.newsie.relations.Triple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

/** Writes results in the newsie/1 output contract (shared output-schema.md): one JSON object per document. */
public final class JsonLinesWriter implements ResultWriter {
    public static final String SCHEMA = "newsie/1";

    private final ObjectMapper mapper;
    private final Writer out;

    public JsonLinesWriter(Writer out, boolean pretty) {
        this.out = out;
        this.mapper = OutputJson.mapper(pretty);
    }

    @Override
    public void write(ExtractionResult result) {
        try {
            out.write(json(result));
            out.write('\n');
            // whole lines reach the file one by one: a killed run leaves at most one partial line (see --resume)
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    /** The document's JSON as {@link #write} writes it, without the line break. */
    public String json(ExtractionResult result) {
        try {
            return mapper.writeValueAsString(toJson(result));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    public ObjectNode toJson(ExtractionResult r) {
        ObjectNode doc = mapper.createObjectNode();
        doc.put("schema", SCHEMA);
        doc.put("id", r.id());
        doc.put("docDate", r.docDate());
        doc.put("docDateSource", r.docDateSource());
        if (r.url() != null) {
            doc.put("url", r.url());
        }
        if (r.textSource() != null) {
            doc.put("textSource", r.textSource());
            doc.put("text", r.text());
        }
        if (r.error() != null) {
            ObjectNode err = doc.putObject("error");
            err.put("kind", r.error().kind());
            err.put("message", r.error().message());
        }
        ArrayNode entities = doc.putArray("entities");
        for (Entity e : r.entities()) {
            entities.add(entity(e));
        }
        ArrayNode triples = doc.putArray("triples");
        for (Triple t : r.triples()) {
            triples.add(triple(t));
        }
        return doc;
    }

    private ObjectNode entity(Entity e) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", e.id());
        n.put("type", e.type().name());
        n.put("name", e.name());
        if (e.value() != null) {
            n.put("value", e.value());
        }
        if (e.country() != null) {
            n.put("iso3", e.country().iso3());
            n.put("wikidata", e.country().wikidata());
        }
        actor(n, e.actor(), true);
        ArrayNode mentions = n.putArray("mentions");
        for (Mention m : e.mentions()) {
            ObjectNode mn = mentions.addObject();
            mn.put("text", m.text());
            mn.put("start", m.start());
            mn.put("end", m.end());
            mn.put("sentence", m.sentence());
            if (m.kind() == Mention.Kind.PRONOUN) {
                mn.put("pronoun", true);
            } else if (m.kind() == Mention.Kind.DESCRIPTION) {
                mn.put("description", true);
            }
        }
        return n;
    }

    private ObjectNode triple(Triple t) {
        ObjectNode n = mapper.createObjectNode();
        n.set("subject", ref(t.subject(), t.subjectActor()));
        n.put("predicate", t.predicate());
        if (t.relation() != null) {
            n.put("relation", t.relation().name());
            if (t.relation().role() != null) {
                n.put("role", t.relation().role());
            }
            if (t.relation().inverse()) {
                n.put("relationInverse", true);
            }
        }
        n.set("object", ref(t.object(), t.objectActor()));
        n.put("text", t.text());
        n.put("sentence", t.sentence());
        ObjectNode evidence = n.putObject("evidence");
        evidence.put("start", t.evidenceStart());
        evidence.put("end", t.evidenceEnd());
        n.put("negated", t.negated());
        n.put("modality", t.modality().json());
        if (t.date() != null) {
            ObjectNode date = n.putObject("date");
            date.put("id", t.date().id());
            date.put("value", t.date().value());
        } else {
            n.putNull("date");
        }
        n.put("confidence", t.confidence());
        if (t.symmetric()) {
            n.put("symmetric", true);
        }
        n.put("rule", t.rule());
        RelationType event = t.eventType();
        if (event != null) {
            ObjectNode e = n.putObject("event");
            e.put("plover", event.plover());
            e.put("cameo", event.cameo());
            e.put("mode", event.mode());
            if (event.context() != null) {
                e.put("context", event.context());
            }
        }
        return n;
    }

    private ObjectNode ref(Entity e) {
        return ref(e, null);
    }

    /** A triple's end: the entity, and how it acts in this triple when that says more ("Turkish officials": GOV). */
    private ObjectNode ref(Entity e, Actor as) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", e.id());
        n.put("name", e.name());
        n.put("type", e.type().name());
        actor(n, as, false);
        return n;
    }

    /** {@code country}, {@code sector} (and for an entity {@code countrySource}, {@code actorCode}) of an actor. */
    private void actor(ObjectNode n, Actor a, boolean entity) {
        if (a == null) {
            return;
        }
        if (a.country() != null) {
            OutputJson.putCountry(n, a.country());
        }
        if (a.sector() != null) {
            n.put("sector", a.sector());
        }
        if (entity && a.country() != null && a.source() != null) {
            n.put("countrySource", a.source());
        }
        if (entity && a.code() != null) {
            n.put("actorCode", a.code());
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
