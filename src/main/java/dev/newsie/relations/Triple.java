package dev.newsie.relations;

import edu.stanford.nlp.ling.CoreLabel;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.newsie.entities.Actor;
import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;

/**
 * A relation the text states between two entities of the document. {@code relation} is its canonical
 * type, set by {@link RelationTypes} after the patterns ran (null before). {@code anchors} are the tokens the
 * pattern matched; {@code subjectActor}/{@code objectActor} say how an end acts in this triple when that is more
 * than its entity says ("Turkish officials" is the COUNTRY Turkey acting through its government: sector GOV),
 * else null.
 */
public record Triple(Entity subject, String predicate, Entity object, String text, int sentence,
                     int evidenceStart, int evidenceEnd, boolean negated, Modality modality, Entity date,
                     double confidence, boolean symmetric, String rule, Relation relation, Anchors anchors,
                     Actor subjectActor, Actor objectActor) {

    /** Token indexes (0-based, within the sentence) of the words the pattern matched as subject, predicate, object; -1 unknown. */
    public record Anchors(int subject, int predicate, int object) {
        public static final Anchors NONE = new Anchors(-1, -1, -1);
    }

    /** A triple as a relation pattern states it, before its canonical type is known. */
    public Triple(Entity subject, String predicate, Entity object, String text, int sentence,
                  int evidenceStart, int evidenceEnd, boolean negated, Modality modality, Entity date,
                  double confidence, boolean symmetric, String rule) {
        this(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality, date,
                confidence, symmetric, rule, null);
    }

    public Triple(Entity subject, String predicate, Entity object, String text, int sentence,
                  int evidenceStart, int evidenceEnd, boolean negated, Modality modality, Entity date,
                  double confidence, boolean symmetric, String rule, Relation relation) {
        this(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality, date,
                confidence, symmetric, rule, relation, Anchors.NONE, null, null);
    }

    /**
     * A role stated by a title with the whole sentence as evidence: asserted, not negated, undated ("Foreign Minister
     * Sergei Lavrov", "his Chinese counterpart Wang Yi").
     */
    public static Triple sentenceRole(Entity subject, String predicate, Entity object, String text, int sentence,
                                      List<CoreLabel> tokens, double confidence, String rule) {
        return new Triple(subject, predicate, object, text, sentence, tokens.get(0).beginPosition(),
                tokens.get(tokens.size() - 1).endPosition(), false, Modality.ASSERTED, null, confidence, false, rule);
    }

    /** The title a role's predicate states: "foreign minister of" is "foreign minister"; another predicate as it is. */
    static String titleOf(String predicate) {
        return predicate.endsWith(" of") ? predicate.substring(0, predicate.length() - 3) : predicate;
    }

    /** The words of tokens start..end as they stand in the text, joined by spaces: a title's text. */
    static String originalText(List<CoreLabel> tokens, int start, int end) {
        return String.join(" ", tokens.subList(start, end).stream().map(CoreLabel::originalText).toList());
    }

    /** The offices persons hold by the triples that state one ("president of"), as hints for their actors. */
    public static List<ActorCountries.RoleHint> roleHints(List<Triple> triples) {
        return triples.stream().filter(t -> t.isPositionHeld() && t.subject().type() == EntityType.PERSON)
                .map(t -> new ActorCountries.RoleHint(t.subject(), t.relation().role(), t.object())).toList();
    }

    /** The subjects of the triples that state an office in an entity of the given type ("president of" a COUNTRY). */
    static Set<Entity> officeHolders(List<Triple> triples, EntityType officeIn) {
        Set<Entity> holders = new HashSet<>();
        for (Triple t : triples) {
            if (t.isPositionHeld() && t.object().type() == officeIn) {
                holders.add(t.subject());
            }
        }
        return holders;
    }

    /** Whether the triple states an office (canonical type position-held). */
    public boolean isPositionHeld() {
        return relation != null && RelationType.POSITION_HELD.equals(relation.name());
    }

    /** This triple with its canonical relation; symmetric is then the type's. */
    public Triple withRelation(Relation relation) {
        return new Triple(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality,
                date, confidence, relation.type().symmetric(), rule, relation, anchors, subjectActor, objectActor);
    }

    /** This triple with another predicate ("leader of" for "leaders of"). */
    public Triple withPredicate(String newPredicate) {
        return new Triple(subject, newPredicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality,
                date, confidence, symmetric, rule, relation, anchors, subjectActor, objectActor);
    }

    /** This triple with the tokens its pattern matched. */
    public Triple withAnchors(int subjectToken, int predicateToken, int objectToken) {
        return new Triple(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality,
                date, confidence, symmetric, rule, relation, new Anchors(subjectToken, predicateToken, objectToken),
                subjectActor, objectActor);
    }

    /** This triple between other entities (an end that stood for another: "the Biden administration"). */
    public Triple withEnds(Entity newSubject, Entity newObject) {
        return new Triple(newSubject, predicate, newObject, text, sentence, evidenceStart, evidenceEnd, negated, modality,
                date, confidence, symmetric, rule, relation, anchors, subjectActor, objectActor);
    }

    /** This triple with a date (the same event dated elsewhere in the document). */
    public Triple withDate(Entity newDate) {
        return new Triple(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality,
                newDate, confidence, symmetric, rule, relation, anchors, subjectActor, objectActor);
    }

    /** This triple with how its ends act in it (null: as their entities say). */
    public Triple withActors(Actor subjectAs, Actor objectAs) {
        return new Triple(subject, predicate, object, text, sentence, evidenceStart, evidenceEnd, negated, modality,
                date, confidence, symmetric, rule, relation, anchors, subjectAs, objectAs);
    }

    /** The event type, or null for a relation that is no event (a role, a family tie) or has no PLOVER type. */
    public RelationType eventType() {
        return relation != null && relation.type().isEvent() ? relation.type() : null;
    }
}
