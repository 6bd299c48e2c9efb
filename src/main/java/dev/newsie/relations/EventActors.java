package dev.newsie.relations;

import dev.newsie.entities.Actor;
import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.DemonymMatch;
import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Unnamed state actors: a noun that stands for its country's government, forces or people ("Turkish officials",
 * "Yemeni rebels", "the president of Armenia", "Israeli army bulldozers", "Palestinians", "Moscow") and the sector
 * it gives the triple's end ("Turkey" acting as GOV). The country comes from the modifier the relation patterns
 * resolve the noun to (see RelationExtractor's proxies); the sector from the agent words of the noun phrase.
 */
final class EventActors {
    /** Relations through which a word only modifies another noun ("President" in "President Putin", "Moscow Mayor"). */
    private static final Set<String> MODIFIER = Set.of("compound", "amod");

    private EventActors() {
    }

    /** Modifiers through which an agent noun names whose agent it is: "Turkish officials", "UN peacekeepers", "Sudan's army". */
    private static final Set<String> OWNER = Set.of("compound", "amod", "nmod:poss", "nmod:of");

    /**
     * The word an unnamed actor stands for, or null: a plural demonym or seat of government used as an argument
     * stands for itself ("arrested 100 Palestinians", "Washington demanded"); an agent noun heading its phrase
     * stands for the country, demonym or organization that modifies it, or that modifies an agent word in its
     * phrase ("Turkish officials", "the president of Armenia", "UN peacekeepers", "Panamanian army officers"); so
     * does a place noun ("Montenegro province", "Syria's Idlib province"). A demonym after "ethnic" names no state
     * ("ethnic Albanian guerrillas").
     */
    static IndexedWord actorFor(ActorCountries actors, SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        DemonymMatch latent = entities.demonymAt(s, node.index() - 1);
        if (latent != null && latent.standsAlone() && entities.at(s, node.index() - 1) == null && !isModifier(graph, node)) {
            return node;
        }
        IndexedWord antecedent = reportingSubject(graph, entities, s, node);
        if (antecedent != null) {
            return antecedent;
        }
        if (actors == null || entities.at(s, node.index() - 1) != null || node.tag() == null || !node.tag().startsWith("NN")
                || node.tag().startsWith("NNP") || isModifier(graph, node) || ethnic(graph, node)) {
            return null;
        }
        // a place of a country stands for it too, as where an event is aimed: "villages in Syria's Idlib province"
        boolean agent = actors.isAgentWord(node.lemma()) || actors.isAgentWord(node.word()) || actors.isPlaceWord(node.lemma());
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            IndexedWord dep = e.getDependent();
            String rel = e.getRelation().toString();
            if (!OWNER.contains(rel)) {
                continue;
            }
            if (agent && owner(entities, s, dep)) {
                return dep;
            }
            // "Panamanian army officers", "Israeli army bulldozers": the owner modifies an agent word of the phrase
            if (rel.equals("compound") && actors.isAgentWord(dep.word()) && !ethnic(graph, dep)) {
                for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(dep)) {
                    if (OWNER.contains(inner.getRelation().toString()) && owner(entities, s, inner.getDependent())) {
                        return inner.getDependent();
                    }
                }
            }
        }
        return null;
    }

    /**
     * "it" as the subject of what a country says it does: in "Nigeria announced that it will withdraw its troops from
     * Chad", "Syria says it will not accept more refugees", "it" is the country that says so (the subject of the
     * verb whose clause complement "it" is the subject of). Null otherwise, or when "it" is resolved already.
     */
    private static IndexedWord reportingSubject(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        if (!"it".equalsIgnoreCase(node.word()) || entities.at(s, node.index() - 1) != null) {
            return null;
        }
        for (SemanticGraphEdge subj : graph.incomingEdgeIterable(node)) {
            if (!subj.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            for (SemanticGraphEdge clause : graph.incomingEdgeIterable(subj.getGovernor())) {
                if (!clause.getRelation().toString().equals("ccomp")) {
                    continue;
                }
                for (SemanticGraphEdge e : graph.outgoingEdgeIterable(clause.getGovernor())) {
                    if (e.getRelation().toString().equals("nsubj")) {
                        Entity sayer = entities.at(s, e.getDependent().index() - 1);
                        if (sayer != null && sayer.type() == EntityType.COUNTRY) {
                            return e.getDependent();
                        }
                    }
                }
            }
        }
        return null;
    }

    /** A country, a (not stand-alone) demonym, or an organization. */
    private static boolean owner(DocumentEntities entities, int s, IndexedWord word) {
        Entity e = entities.at(s, word.index() - 1);
        if (e != null) {
            return e.type() == EntityType.COUNTRY || e.type() == EntityType.ORGANIZATION;
        }
        DemonymMatch d = entities.demonymAt(s, word.index() - 1);
        return d != null && !d.standsAlone();
    }

    private static boolean ethnic(SemanticGraph graph, IndexedWord node) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("amod") && "ethnic".equalsIgnoreCase(e.getDependent().word())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isModifier(SemanticGraph graph, IndexedWord node) {
        for (SemanticGraphEdge e : graph.incomingEdgeIterable(node)) {
            if (MODIFIER.contains(e.getRelation().toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * How a COUNTRY end acts in a triple, from the word the pattern matched ({@code token}): a seat of government
     * acts as GOV ("Moscow demanded"), an agent noun with its sector ("Turkish officials" GOV); the country's own
     * name or a demonym says nothing more (null).
     */
    static Actor endActor(ActorCountries actors, SemanticGraph graph, DocumentEntities entities, int s, Entity end, int token) {
        if (end.type() != EntityType.COUNTRY) {
            return null;
        }
        // a territory acts as the state it belongs to ("Gaza Strip": Palestine)
        dev.newsie.entities.Country state = actors.stateOf(end.country());
        Actor territory = state == null ? null : new Actor(state, null, null, Actor.TEXT);
        if (token < 0 || graph == null) {
            return territory;
        }
        DemonymMatch latent = entities.demonymAt(s, token);
        if (latent != null && latent.standsAlone()) {
            return actors.isSeatOfGovernment(latent) ? new Actor(null, "GOV", null, Actor.TEXT) : null;
        }
        if (entities.at(s, token) == end) {
            return territory;
        }
        IndexedWord node = graph.getNodeByIndexSafe(token + 1);
        if (node == null) {
            return null;
        }
        List<IndexedWord> phrase = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            IndexedWord dep = e.getDependent();
            if (e.getRelation().toString().equals("compound") && dep.index() < node.index() && entities.at(s, dep.index() - 1) == null) {
                phrase.add(dep);
            }
        }
        phrase.sort((a, b) -> Integer.compare(a.index(), b.index()));
        List<String> words = new ArrayList<>();
        phrase.forEach(w -> words.add(w.word()));
        words.add(node.word());
        String sector = actors.sectorOf(words);
        if (sector == null && node.lemma() != null) {
            sector = actors.sectorOf(List.of(node.lemma()));
        }
        return sector == null ? territory : new Actor(state, sector, null, Actor.TEXT);
    }
}
