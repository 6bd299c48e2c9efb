package dev.newsie.relations;

import dev.newsie.entities.Actor;
import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.DemonymMatch;
import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import dev.newsie.entities.Mention;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Codes the typed triples as event data, after the relation patterns and {@link RelationTypes}:
 * <ol>
 *   <li>a triple whose verb another verb governs takes the governing verb's type when that verb makes it an
 *   offer, a refusal, a threat or a demand ("Libya offered to hand over the suspects to Britain" is an offer, AGREE;
 *   "Pakistan refused to deploy peacekeepers in Iraq" a refusal, REJECT), from the "VERB to" rows of the CAMEO
 *   mapping;</li>
 *   <li>every person and organization gets its actor (country, sector) from the text, the roles the relations
 *   found, or the dated actor dictionary ({@link ActorCountries});</li>
 *   <li>a country end that is an unnamed actor gets its sector ("Turkish officials" GOV, "Moscow" GOV).</li>
 * </ol>
 */
public final class EventCoder {
    /** Kinds whose triples a governing verb may recode: events and predicates no table types. */
    private static final Set<String> RECODABLE = Set.of("event", RelationType.UNTYPED_KIND);
    private static final int GOVERNOR_DEPTH = 2;
    /** A government end whose leader's country is unknown: the triple is left out. */
    private static final Entity NO_COUNTRY = Entity.named(EntityType.COUNTRY, "");
    /** How a leader's government acts: as its country's government. */
    private static final Actor GOVERNMENT = new Actor(null, "GOV", null, Actor.TEXT);

    private final RelationTypes types;
    private final ActorCountries actors;
    /** Nouns that name a government ("administration", "government"): named after a person, its leader. */
    private final Set<String> governmentNouns;

    public EventCoder(RelationTypes types, ActorCountries actors, Set<String> governmentNouns) {
        this.types = types;
        this.actors = actors;
        this.governmentNouns = governmentNouns;
    }

    /** Codes the triples; {@code countries}: whether COUNTRY entities are extracted (a government becomes one). */
    public List<Triple> code(Annotation doc, DocumentEntities entities, List<Triple> triples, String docDate, boolean countries) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<Triple> governed = new ArrayList<>(triples.size());
        for (Triple t : triples) {
            governed.add(governed(graph(sentences, t.sentence()), t, entities));
        }
        actors.assign(doc, entities, docDate, Triple.roleHints(governed));
        List<Triple> out = new ArrayList<>(governed.size());
        for (Triple stated : governed) {
            SemanticGraph graph = graph(sentences, stated.sentence());
            Entity subjectGovernment = leadersGovernment(doc, sentences, graph, entities, stated.sentence(), stated.subject(),
                    stated.anchors().subject(), countries);
            Entity objectGovernment = leadersGovernment(doc, sentences, graph, entities, stated.sentence(), stated.object(),
                    stated.anchors().object(), countries);
            if (subjectGovernment == NO_COUNTRY || objectGovernment == NO_COUNTRY) {
                continue; // "the Obama administration" of a person whose country the document and dictionary do not give
            }
            Triple t = subjectGovernment == null && objectGovernment == null ? stated : stated.withEnds(
                    subjectGovernment == null ? stated.subject() : subjectGovernment, objectGovernment == null ? stated.object() : objectGovernment);
            Actor subjectAs = subjectGovernment != null ? GOVERNMENT
                    : EventActors.endActor(actors, graph, entities, t.sentence(), t.subject(), t.anchors().subject());
            Actor objectAs = objectGovernment != null ? GOVERNMENT
                    : EventActors.endActor(actors, graph, entities, t.sentence(), t.object(), t.anchors().object());
            if (actsOnOwnCountry(t, graph)) {
                continue; // "Netanyahu vowed to defend Israel's security": no relation between two parties
            }
            if (t.subject() == t.object() && sectorOf(subjectAs).equals(sectorOf(objectAs))) {
                // two words that stand for one entity ("an American tanker built by an American company"); two
                // actors of one country stay apart ("Turkey will allow Turkish Kurd refugees to return": REF)
                continue;
            }
            out.add(subjectAs == null && objectAs == null ? t : t.withActors(subjectAs, objectAs));
        }
        return out;
    }

    /**
     * The triples without a person's act on a thing of their own country that only a role found after coding shows
     * ("Algeria ... President X vowed to defend Algeria's sovereignty", X's office known from the story's country).
     */
    public static List<Triple> withoutOwnCountryActs(Annotation doc, List<Triple> triples) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        return triples.stream().filter(t -> !actsOnOwnCountry(t, graph(sentences, t.sentence()))).toList();
    }

    /**
     * A person's act on a thing of their own country, stated as "{verb} {thing} of" ("Biden reaffirmed America's
     * commitment", "Netanyahu vowed to defend Israel's security"): the person's country (text or dated dictionary) is
     * the thing's owner, so the triple joins no two parties.
     */
    private static boolean actsOnOwnCountry(Triple t, SemanticGraph graph) {
        Actor person = t.subject().actor();
        IndexedWord predicate = predicateNode(graph, t);
        boolean act = predicate != null && SemanticGraphs.isVerb(predicate); // not a title ("religious leader of")
        return t.subject().type() == EntityType.PERSON && t.object().type() == EntityType.COUNTRY && act
                && t.predicate().endsWith(" of") && person != null && person.country() != null && t.object().country() != null
                && person.country().iso3().equals(t.object().country().iso3());
    }

    /**
     * The country whose government an end names when the pattern matched a government noun named after the person at
     * that end ("the Biden administration", "Netanyahu's government"): the person's actor country (from the text or
     * the dated dictionary), its noun a mention of it; {@link #NO_COUNTRY} when the person's country is unknown (or
     * COUNTRY is not extracted); null when the end is no such government.
     */
    private Entity leadersGovernment(Annotation doc, List<CoreMap> sentences, SemanticGraph graph, DocumentEntities entities, int s,
                                     Entity end, int token, boolean countries) {
        if (end.type() != EntityType.PERSON || token < 0 || graph == null || entities.at(s, token) == end) {
            return null;
        }
        IndexedWord noun = graph.getNodeByIndexSafe(token + 1);
        if (noun == null || noun.lemma() == null || !governmentNouns.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
            return null;
        }
        Actor leader = end.actor();
        if (!countries || leader == null || leader.country() == null) {
            return NO_COUNTRY;
        }
        CoreLabel word = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class).get(token);
        String text = doc.get(CoreAnnotations.TextAnnotation.class);
        Mention mention = new Mention(text.substring(word.beginPosition(), word.endPosition()), word.beginPosition(), word.endPosition(),
                s, token, token + 1, Mention.Kind.DESCRIPTION);
        return entities.activate(new DemonymMatch(leader.country(), mention, true));
    }

    private static String sectorOf(Actor actor) {
        return actor == null || actor.sector() == null ? "" : actor.sector();
    }

    /** The word the triple's pattern matched as predicate, or null when unknown. */
    private static IndexedWord predicateNode(SemanticGraph graph, Triple t) {
        return graph == null || t.anchors().predicate() < 0 ? null : graph.getNodeByIndexSafe(t.anchors().predicate() + 1);
    }

    private static SemanticGraph graph(List<CoreMap> sentences, int s) {
        return s >= 0 && s < sentences.size()
                ? sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class) : null;
    }

    /** The triple recoded by the verb that governs its predicate with the same subject, if that verb codes one. */
    private Triple governed(SemanticGraph graph, Triple t, DocumentEntities entities) {
        IndexedWord node = predicateNode(graph, t);
        if (node == null || t.relation() == null || !RECODABLE.contains(t.relation().type().kind())) {
            return t;
        }
        IndexedWord subject = graph.getNodeByIndexSafe(t.anchors().subject() + 1);
        RelationType ultimatum = conditionalOnOtherSide(graph, node, t, entities);
        if (ultimatum != null) {
            return t.withRelation(new Relation(ultimatum, null, false));
        }
        for (int depth = 0; node != null && depth < GOVERNOR_DEPTH; depth++) {
            IndexedWord governor = null;
            for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
                if (e.getRelation().toString().equals("xcomp")) {
                    governor = e.getGovernor();
                    break;
                }
            }
            if (governor == null) {
                return t;
            }
            String lemma = governor.lemma() == null ? governor.word() : governor.lemma();
            String code = types.events().exactCode(lemma.toLowerCase(Locale.ROOT) + " to");
            RelationType type = code == null ? null : types.events().byCode(code);
            if (type != null && subjectOf(graph, governor, subject)) {
                return t.withRelation(new Relation(type, null, false));
            }
            node = governor;
        }
        return t;
    }

    /**
     * The type of an act announced to happen "unless" someone else acts ("Nigeria will withdraw its force from Chad
     * unless Goukouni arranges a ceasefire"): an ultimatum, which event data codes as a threat; null when the act
     * has no such condition. The condition is the table's row for the subordinating word (event-extras.tsv "unless").
     */
    private RelationType conditionalOnOtherSide(SemanticGraph graph, IndexedWord predicate, Triple t, DocumentEntities entities) {
        if (predicate == null) {
            return null;
        }
        for (SemanticGraphEdge advcl : graph.outgoingEdgeIterable(predicate)) {
            if (!advcl.getRelation().toString().startsWith("advcl") || !conditionOnOther(graph, advcl.getDependent(), t, entities)) {
                continue;
            }
            for (SemanticGraphEdge mark : graph.outgoingEdgeIterable(advcl.getDependent())) {
                String word = mark.getDependent().word().toLowerCase(Locale.ROOT);
                String code = mark.getRelation().toString().equals("mark") ? types.events().exactCode(word) : null;
                if (code != null) {
                    return types.events().byCode(code);
                }
            }
        }
        return null;
    }

    /**
     * Whether the condition's subject is someone other than the act's: an entity that is not the triple's subject, or
     * a noun ("unless Kyiv pays"); an unresolved pronoun counts as the same ("Russia will cut gas unless it finds buyers").
     */
    private static boolean conditionOnOther(SemanticGraph graph, IndexedWord condition, Triple t, DocumentEntities entities) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(condition)) {
            if (e.getRelation().toString().startsWith("nsubj")) {
                Entity doer = entities.at(t.sentence(), e.getDependent().index() - 1);
                DemonymMatch seat = entities.demonymAt(t.sentence(), e.getDependent().index() - 1);
                if (doer == null && seat != null) {
                    // "Russia will halt exports unless Moscow receives guarantees": its own capital is the same party
                    return t.subject().type() != EntityType.COUNTRY || !seat.country().equals(t.subject().country());
                }
                return doer == null ? !"PRP".equals(e.getDependent().tag()) : doer != t.subject();
            }
        }
        return false;
    }

    /** Whether the governing verb's subject is the triple's subject (control: "Libya offered to hand over ..."). */
    private static boolean subjectOf(SemanticGraph graph, IndexedWord governor, IndexedWord subject) {
        if (subject == null) {
            return false;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(governor)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("nsubj") || rel.equals("nsubj:pass")) && e.getDependent().equals(subject)) {
                return true;
            }
        }
        return false;
    }
}
