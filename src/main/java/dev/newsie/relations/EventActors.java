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

    /** A plural demonym or seat of government used as an argument of its clause, not as a modifier. */
    static boolean standsAlone(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        DemonymMatch latent = entities.demonymAt(s, node.index() - 1);
        return latent != null && latent.standsAlone() && entities.at(s, node.index() - 1) == null && !isModifier(graph, node);
    }

    /**
     * An agent noun heading its own phrase ("officials", "troops", "the president of ..."), or a noun an agent word
     * modifies ("army bulldozers", "peacekeeping troops").
     */
    static boolean isAgentNoun(ActorCountries actors, SemanticGraph graph, IndexedWord node) {
        if (actors == null || isModifier(graph, node)) {
            return false;
        }
        if (actors.isAgentWord(node.lemma()) || actors.isAgentWord(node.word())) {
            return true;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("compound") && actors.isAgentWord(e.getDependent().word())) {
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
        if (end.type() != EntityType.COUNTRY || token < 0 || graph == null) {
            return null;
        }
        DemonymMatch latent = entities.demonymAt(s, token);
        if (latent != null && latent.standsAlone()) {
            return actors.isSeatOfGovernment(latent) ? new Actor(null, "GOV", null, Actor.TEXT) : null;
        }
        if (entities.at(s, token) == end) {
            return null;
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
        return sector == null ? null : new Actor(null, sector, null, Actor.TEXT);
    }
}
