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
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

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
     * does a place noun ("Montenegro province", "Syria's Idlib province"). A seat of government owns an agent noun as
     * its possessor ("Beijing's foreign ministry", "Washington's envoy"), never as a modifier ("Moscow Mayor"). A
     * demonym after "ethnic" names no state
     * ("ethnic Albanian guerrillas").
     */
    static IndexedWord actorFor(ActorCountries actors, SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        DemonymMatch latent = entities.demonymAt(s, node.index() - 1);
        if (latent != null && latent.standsAlone() && entities.at(s, node.index() - 1) == null && !isModifier(graph, node)) {
            return livesElsewhere(graph, entities, s, node, latent) ? null : node;
        }
        IndexedWord antecedent = reportingSubject(actors, graph, entities, s, node);
        if (antecedent != null) {
            return antecedent;
        }
        if (actors == null || entities.at(s, node.index() - 1) != null || node.tag() == null || !node.tag().startsWith("NN")
                || node.tag().startsWith("NNP") || isModifier(graph, node) || ethnic(actors, graph, node)) {
            return null;
        }
        // a craft with a named owner acts for it: "a China Coast Guard ship", "Russia's aircraft" (not "a Chinese ship");
        // a company named before it may have built it ("a Hyundai ship"), so only one that operates craft (an agent
        // word such as "aircraft" keeps its older reading below: "bought Airbus aircraft" is bought from Airbus)
        boolean craft = actors.isVehicle(node.word()) || actors.isVehicle(node.lemma());
        if (craft) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                String rel = e.getRelation().toString();
                Entity named = entities.at(s, e.getDependent().index() - 1);
                if (named != null && owner(entities, s, e.getDependent())
                        && (rel.equals("nmod:poss") || rel.equals("compound") && operatesCraft(actors, named))) {
                    return e.getDependent();
                }
            }
        }
        // a place of a country stands for it too, as where an event is aimed: "villages in Syria's Idlib province"
        boolean agent = actors.isAgentWord(node.lemma()) || actors.isAgentWord(node.word()) || actors.isPlaceWord(node.lemma())
                || agentCompound(actors, graph, node);
        boolean possessedByIts = false;
        // "an offer from a Polish investor", "Japanese companies": a country's businesses act for no state
        boolean businessNoun = agent && business(actors, graph, entities, s, node);
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            IndexedWord dep = e.getDependent();
            String rel = e.getRelation().toString();
            if (!OWNER.contains(rel)) {
                continue;
            }
            boolean businessOfCountry = businessNoun && countryWord(entities, s, dep);
            if (agent && !businessOfCountry
                    && (owner(entities, s, dep) || rel.equals("nmod:poss") && actors.isSeatOfGovernment(entities.demonymAt(s, dep.index() - 1)))) {
                return dep;
            }
            possessedByIts |= agent && rel.equals("nmod:poss") && dep.word().equalsIgnoreCase("its");
            // "Panamanian army officers", "Israeli army bulldozers": the owner modifies an agent word of the phrase (a
            // craft's only one that operates craft: "a Samsung Heavy Industries vessel" may be one it built)
            if (rel.equals("compound") && actors.isAgentWord(dep.word()) && !ethnic(actors, graph, dep)
                    && (!craft || operatingAgent(actors, dep.word()))) {
                // "Russian energy company executives": a country's business either way
                boolean businessWord = business(actors, graph, entities, s, dep);
                for (SemanticGraphEdge inner : graph.outgoingEdgeIterable(dep)) {
                    if (OWNER.contains(inner.getRelation().toString()) && owner(entities, s, inner.getDependent())
                            && !(businessWord && countryWord(entities, s, inner.getDependent()))) {
                        return inner.getDependent();
                    }
                }
            }
        }
        // "Russia denied that its troops attacked Ukraine": a named owner first ("its European Community partners")
        if (possessedByIts) {
            IndexedWord sayer = sayerOfClauseWith(graph, entities, s, node);
            if (sayer != null) {
                return sayer;
            }
        }
        // "police in Pakistan", "a court in South Africa": a state's police and courts where they serve are that state's
        // (lexicon/home-agents.txt; not troops or diplomats, who serve abroad: "troops in Syria", "an embassy in Iran")
        if (actors.servesAtHome(node.word()) || actors.servesAtHome(node.lemma())) {
            for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
                Entity in = entities.at(s, e.getDependent().index() - 1);
                if (e.getRelation().toString().equals("nmod:in") && in != null && in.type() == EntityType.COUNTRY) {
                    return e.getDependent();
                }
            }
        }
        return null;
    }

    /**
     * A subject pronoun of what its sayer says it does stands for the sayer: in "Nigeria announced that it will
     * withdraw its troops from Chad", "Syria says it will not accept more refugees", "The Sudanese government said it
     * would expel the envoy", "it" is the country or state actor that says so; in "Afghan rebel leaders said they would
     * meet the envoy", "they" are the rebel leaders. The pronoun agrees in number with its sayer ("it": a country or a
     * singular agent noun; "they": a plural agent noun or a plural demonym). Returns the actor the pronoun stands for
     * (the country, demonym or organization word), or null, also when the pronoun is resolved already.
     */
    private static IndexedWord reportingSubject(ActorCountries actors, SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        IndexedWord sayer = sayerOf(actors, graph, entities, s, node);
        if (sayer == null) {
            return null;
        }
        Entity named = entities.at(s, sayer.index() - 1);
        if (named != null) {
            return named.type() == EntityType.COUNTRY && Boolean.TRUE.equals(actors.sayerPronounIsSingular(node.word())) ? sayer : null;
        }
        return actorFor(actors, graph, entities, s, sayer);
    }

    /**
     * Whether a name before a craft names who operates it: a country, an intergovernmental or non-state body the
     * actor dictionary knows ("a UN convoy", "a Hezbollah drone"), or a force by its head word ("a China Coast Guard
     * ship", "a Philippine Navy vessel"); not a company, which may have built it, even one named by a business word
     * ("a Samsung Heavy Industries vessel").
     */
    private static boolean operatesCraft(ActorCountries actors, Entity named) {
        if (named.type() == EntityType.COUNTRY) {
            return true;
        }
        String[] words = named.name().split(" ");
        String head = words[words.length - 1];
        String twoWordHead = words.length > 1 ? words[words.length - 2] + " " + head : head;
        return actors.isNonStateOrganization(named.name()) || operatingAgent(actors, head) || operatingAgent(actors, twoWordHead);
    }

    /** An agent word that may operate craft: a force or an authority, not a business ("Hyundai Heavy Industries" built it). */
    private static boolean operatingAgent(ActorCountries actors, String words) {
        return actors.isAgentWord(words) && !"BUS".equals(actors.sectorOf(List.of(words.split(" "))));
    }

    /**
     * "Russia denied that its troops attacked Ukraine", "Israel said its forces struck Hezbollah": the country or
     * organization that says what its agents did, the subject of the verb whose complement clause the agent noun is the
     * subject of; null when there is none.
     */
    private static IndexedWord sayerOfClauseWith(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord subject) {
        return sayerOfClause(graph, subject, sayer -> {
            Entity named = entities.at(s, sayer.index() - 1);
            return named != null && (named.type() == EntityType.COUNTRY || named.type() == EntityType.ORGANIZATION);
        });
    }

    /** The subject, that {@code accepts}, of the verb whose complement clause {@code subject} is the subject of; or null. */
    private static IndexedWord sayerOfClause(SemanticGraph graph, IndexedWord subject, Predicate<IndexedWord> accepts) {
        for (SemanticGraphEdge subj : graph.incomingEdgeIterable(subject)) {
            if (!subj.getRelation().toString().startsWith("nsubj")) {
                continue;
            }
            for (SemanticGraphEdge clause : graph.incomingEdgeIterable(subj.getGovernor())) {
                if (!clause.getRelation().toString().equals("ccomp")) {
                    continue;
                }
                for (SemanticGraphEdge e : graph.outgoingEdgeIterable(clause.getGovernor())) {
                    if (e.getRelation().toString().equals("nsubj") && accepts.test(e.getDependent())) {
                        return e.getDependent();
                    }
                }
            }
        }
        return null;
    }

    /**
     * The sayer a subject pronoun ("it", "they") of a clause complement stands for, agreeing in number, or null: the
     * subject of the verb whose complement the pronoun's clause is. The word the triple's end is read from, for its
     * sector ("they" in "Afghan rebel leaders said they ..." is read as "rebel leaders": REB).
     */
    static IndexedWord sayerOf(ActorCountries actors, SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        Boolean singular = actors == null ? null : actors.sayerPronounIsSingular(node.word());
        if (singular == null || entities.at(s, node.index() - 1) != null) {
            return null;
        }
        return sayerOfClause(graph, node, sayer -> agrees(actors, entities, s, sayer, singular));
    }

    /**
     * "it" for a country, a seat of government ("Beijing said it would ...") or a singular common noun; "they" for a
     * plural noun or a plural demonym ("Palestinians").
     */
    private static boolean agrees(ActorCountries actors, DocumentEntities entities, int s, IndexedWord sayer, boolean singular) {
        Entity named = entities.at(s, sayer.index() - 1);
        if (named != null) {
            return singular && named.type() == EntityType.COUNTRY;
        }
        String tag = sayer.tag() == null ? "" : sayer.tag();
        DemonymMatch latent = entities.demonymAt(s, sayer.index() - 1);
        boolean seat = actors.isSeatOfGovernment(latent);
        if (singular) {
            return tag.equals("NN") || seat;
        }
        return tag.equals("NNS") || latent != null && latent.standsAlone() && !seat && tag.startsWith("NNP");
    }

    /**
     * Whether an agent word is a compound of a plural noun: "Israeli army bulldozers", "Chinese navy ships" are the
     * agent's, whether the parser hangs the demonym on the agent word or on the head. An act named after its agent is
     * none ("an Israeli troop pullback").
     */
    private static boolean agentCompound(ActorCountries actors, SemanticGraph graph, IndexedWord node) {
        if (!"NNS".equals(node.tag())) {
            return false;
        }
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            IndexedWord dep = e.getDependent();
            if (e.getRelation().toString().equals("compound") && dep.index() < node.index() && actors.isAgentWord(dep.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The other owners coordinated with an agent noun's owner that modify the noun too: "French and Egyptian warships",
     * "U.S. and British troops", "Israeli and Palestinian negotiators" are agents of each country. Empty when the noun
     * is no agent of {@code owner}.
     */
    static List<IndexedWord> coordinatedOwners(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node, IndexedWord owner) {
        List<IndexedWord> others = new ArrayList<>();
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(owner)) {
            IndexedWord other = e.getDependent();
            if (e.getRelation().getShortName().equals("conj") && owner(entities, s, other) && ownedThrough(graph, node, other)) {
                others.add(other);
            }
        }
        others.sort((a, b) -> Integer.compare(a.index(), b.index()));
        return others;
    }

    private static boolean ownedThrough(SemanticGraph graph, IndexedWord node, IndexedWord owner) {
        for (SemanticGraphEdge e : graph.getAllEdges(node, owner)) {
            // "French and German leaders", and "the leaders of France, Germany and Britain"
            if (MODIFIER.contains(e.getRelation().toString()) || e.getRelation().toString().equals("nmod:of")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the agent noun's phrase is a business's: the sector of its compound words and head, as {@link #endActor}
     * reads it, is BUS ("investor", "companies", "business leaders"; not "army boss"), and no modifier says the state owns
     * it ("Chinese state-owned companies").
     */
    private static boolean business(ActorCountries actors, SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("amod") || rel.equals("compound")) && (ownedByState(e.getDependent())
                    || graph.getChildList(e.getDependent()).stream().anyMatch(EventActors::ownedByState))) {
                return false; // "state-owned" may come as "state", "-", "owned"
            }
        }
        return "BUS".equals(phraseSector(actors, graph, entities, s, node));
    }

    private static boolean ownedByState(IndexedWord word) {
        String w = word.word().toLowerCase(Locale.ROOT);
        return w.equals("state") || w.equals("state-owned") || w.equals("state-run") || w.equals("government-owned");
    }

    /** The sector of an agent noun's phrase: its compound words no entity holds before it and its head (or its lemma). */
    private static String phraseSector(ActorCountries actors, SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node) {
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
        return sector;
    }

    /** Whether the word is a country's name or demonym (not an organization's name). */
    private static boolean countryWord(DocumentEntities entities, int s, IndexedWord word) {
        Entity e = entities.at(s, word.index() - 1);
        return e != null ? e.type() == EntityType.COUNTRY : entities.demonymAt(s, word.index() - 1) != null;
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

    /**
     * A people named with where they live in another country is a community there, not the state of its name: "the
     * Albanians of southern Serbia", "the Russians in Ukraine".
     */
    private static boolean livesElsewhere(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord node, DemonymMatch people) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            String rel = e.getRelation().toString();
            if (rel.equals("nmod:of") || rel.equals("nmod:in")) {
                Entity place = entities.at(s, e.getDependent().index() - 1);
                if (place != null && place.type() == EntityType.COUNTRY && !place.country().equals(people.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean ethnic(ActorCountries actors, SemanticGraph graph, IndexedWord node) {
        for (SemanticGraphEdge e : graph.outgoingEdgeIterable(node)) {
            if (e.getRelation().toString().equals("amod") && actors.isStatelessModifier(e.getDependent().word())) {
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
        String sector = phraseSector(actors, graph, entities, s, node);
        return sector == null ? territory : new Actor(state, sector, null, Actor.TEXT);
    }
}
