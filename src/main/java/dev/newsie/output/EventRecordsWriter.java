package dev.newsie.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.dates.DateValues;
import dev.newsie.entities.Actor;
import dev.newsie.entities.Country;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import dev.newsie.entities.Mention;
import dev.newsie.relations.Modality;
import dev.newsie.relations.RelationType;
import dev.newsie.relations.Triple;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * {@code newsie extract --format events}: one PLOVER-style JSON record per coded event (a triple with a PLOVER
 * type), with the PLOVER field names where PLOVER has them ({@code id}, {@code date}, {@code source},
 * {@code recipient}, {@code event}, {@code mode}, {@code context}, {@code event_text}, {@code quad_code},
 * {@code text}, {@code text_info}, {@code cite_info}, {@code coder}) and newsie's own beside them (the surface
 * predicate, the relation type, CAMEO code, negation, modality, confidence, the document). A document that
 * failed gets one record with its {@code error}, so that nothing is lost.
 */
public final class EventRecordsWriter implements ResultWriter {
    public static final String CODER = "newsie";
    /** PLOVER's quad categories: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict. */
    private static final Map<String, Integer> QUAD = Map.ofEntries(Map.entry("AGREE", 1), Map.entry("CONSULT", 1),
            Map.entry("SUPPORT", 1), Map.entry("CONCEDE", 1), Map.entry("COOPERATE", 2), Map.entry("AID", 2),
            Map.entry("RETREAT", 2), Map.entry("INVESTIGATE", 2), Map.entry("DEMAND", 3), Map.entry("DISAPPROVE", 3),
            Map.entry("REJECT", 3), Map.entry("THREATEN", 3), Map.entry("SANCTION", 3), Map.entry("PROTEST", 4),
            Map.entry("MOBILIZE", 4), Map.entry("COERCE", 4), Map.entry("ASSAULT", 4), Map.entry("FIGHT", 4));

    private final ObjectMapper mapper;
    private final Writer out;

    public EventRecordsWriter(Writer out, boolean pretty) {
        this.out = out;
        this.mapper = OutputJson.mapper(pretty);
    }

    @Override
    public void write(ExtractionResult result) {
        try {
            StringBuilder lines = new StringBuilder();
            for (ObjectNode record : records(result)) {
                lines.append(mapper.writeValueAsString(record)).append('\n');
            }
            out.write(lines.toString());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write output: " + e.getMessage(), e);
        }
    }

    /** The event records of one document, in text order; one error record for a document that failed. */
    public List<ObjectNode> records(ExtractionResult r) {
        if (r.error() != null) {
            ObjectNode n = mapper.createObjectNode();
            n.put("document", r.id());
            n.put("docDate", r.docDate());
            ObjectNode err = n.putObject("error");
            err.put("kind", r.error().kind());
            err.put("message", r.error().message());
            return List.of(n);
        }
        List<ObjectNode> out = new java.util.ArrayList<>();
        int k = 0;
        for (Triple t : r.triples()) {
            RelationType type = t.eventType();
            if (type != null) {
                out.add(record(r, t, type, ++k));
            }
        }
        return out;
    }

    private ObjectNode record(ExtractionResult r, Triple t, RelationType type, int k) {
        ObjectNode n = mapper.createObjectNode();
        n.put("id", r.id() + "#event-" + k);
        String day = t.date() != null && DateValues.isCalendarDate(t.date().value()) && t.date().value().length() == 10
                ? t.date().value() : r.docDate();
        n.put("date", day);
        n.put("dateSource", t.date() != null && day != null && day.equals(t.date().value()) ? "text" : "document");
        if (t.date() != null) {
            n.put("eventDate", t.date().value());
        }
        // "Kim hosted Putin" is Putin's visit: the visitor is the source; a reciprocal event has only sources (PLOVER)
        boolean inverse = t.relation().inverse();
        Entity from = inverse ? t.object() : t.subject();
        Entity to = inverse ? t.subject() : t.object();
        Actor fromAs = inverse ? t.objectActor() : t.subjectActor();
        Actor toAs = inverse ? t.subjectActor() : t.objectActor();
        int fromToken = inverse ? t.anchors().object() : t.anchors().subject();
        int toToken = inverse ? t.anchors().subject() : t.anchors().object();
        ArrayNode source = n.putArray("source");
        source.add(actor(from, fromAs, t.sentence(), fromToken));
        ArrayNode recipient = n.putArray("recipient");
        if (t.symmetric()) {
            source.add(actor(to, toAs, t.sentence(), toToken));
        } else {
            recipient.add(actor(to, toAs, t.sentence(), toToken));
        }
        n.putArray("event").add(type.plover());
        n.put("quad_code", QUAD.get(type.plover()));
        n.put("mode", type.mode());
        ArrayNode context = n.putArray("context");
        if (type.context() != null) {
            for (String c : type.context().split(";")) {
                context.add(c.strip());
            }
        }
        // PLOVER's contexts for what did not (or not yet) happen
        if (t.modality() == Modality.PLANNED) {
            context.add("future");
        } else if (t.modality() == Modality.POSSIBLE) {
            context.add("hypothetical");
        }
        if (t.negated()) {
            context.add("negation");
        }
        n.putArray("event_text").add(t.text());
        if (r.text() != null && t.evidenceEnd() <= r.text().length() && t.evidenceStart() >= 0) {
            n.put("text", r.text().substring(t.evidenceStart(), t.evidenceEnd()));
        }
        ObjectNode info = n.putObject("text_info");
        info.put("sequence", t.sentence());
        info.put("start", t.evidenceStart());
        info.put("end", t.evidenceEnd());
        ObjectNode cite = n.putObject("cite_info");
        cite.put("document", r.id());
        if (r.url() != null) {
            cite.put("url", r.url());
        }
        n.put("coder", CODER);
        n.put("document", r.id());
        n.put("docDate", r.docDate());
        n.put("predicate", t.predicate());
        n.put("relation", t.relation().name());
        n.put("cameo", type.cameo());
        n.put("negated", t.negated());
        n.put("modality", t.modality().json());
        n.put("confidence", t.confidence());
        n.put("rule", t.rule());
        return n;
    }

    /** A PLOVER actor object: code (country), sector, actor_text, identifier_id/_text, plus newsie's entity and country. */
    private ObjectNode actor(Entity e, Actor as, int sentence, int token) {
        ObjectNode a = mapper.createObjectNode();
        Actor own = e.actor();
        Country country = as != null && as.country() != null ? as.country()
                : e.type() == EntityType.COUNTRY ? e.country() : own == null ? null : own.country();
        String sector = as != null && as.sector() != null ? as.sector() : own == null ? null : own.sector();
        String code = country != null ? country.iso3() : own != null && own.code() != null ? own.code().substring(0, 3) : null;
        if (code != null) {
            a.put("code", code);
        }
        if (sector != null) {
            a.put("sector", sector);
        }
        a.put("actor_text", actorText(e, sentence, token));
        if (e.type() == EntityType.COUNTRY && e.country() != null) {
            a.put("identifier_id", e.country().wikidata());
        }
        a.put("identifier_text", e.name());
        a.put("entity", e.id());
        a.put("type", e.type().name());
        if (country != null) {
            OutputJson.putCountry(a, country);
            a.put("countrySource", e.type() == EntityType.COUNTRY ? Actor.TEXT : own != null && own.source() != null ? own.source() : Actor.TEXT);
        }
        if (own != null && own.code() != null) {
            a.put("actorCode", own.code());
        }
        return a;
    }

    /** The words of the sentence that name the actor: the mention at the pattern's token, else the sentence's first one. */
    private static String actorText(Entity e, int sentence, int token) {
        Mention at = e.mentionAt(sentence, token);
        if (at != null) {
            return at.text();
        }
        return e.mentions().stream().filter(m -> m.sentence() == sentence).findFirst().map(Mention::text).orElse(e.name());
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
