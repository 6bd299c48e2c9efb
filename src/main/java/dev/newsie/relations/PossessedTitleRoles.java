package dev.newsie.relations;

import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.Entity;
import dev.newsie.entities.EntityType;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Jamaica's Prime Minister Andrew Holness ... was represented by his foreign minister, Kamina Johnson Smith", "she
 * sent her vice-president, Philip Mpango": a state's office that a leader's possessive names is held in the leader's
 * state. The leader's office must be stated in the text as a country's (president, prime minister, king: one of
 * counterpart.leader.titles), the possessed title must be a state's (lexicon/state-titles.txt: "minister",
 * "vice-president"; not "his spokesman", "her adviser"), and the name must hold no office in a country yet. Runs after
 * every other role is stated.
 */
public final class PossessedTitleRoles {
    static final String RULE = "possessed-title";
    private final Set<String> stateTitles;
    /** Every title word (lexicon/titles.txt): "leader", "president" with no name after them name an unnamed holder. */
    private final Set<String> titles;
    private final Set<String> leaderTitles;
    private final Set<String> pastMarkers;
    private final double confidence;

    public PossessedTitleRoles(Set<String> stateTitles, Set<String> titles, Set<String> leaderTitles, Set<String> pastMarkers, double confidence) {
        this.stateTitles = Set.copyOf(stateTitles);
        this.titles = Set.copyOf(titles);
        this.leaderTitles = Set.copyOf(leaderTitles);
        this.pastMarkers = Set.copyOf(pastMarkers);
        this.confidence = confidence;
    }

    public List<Triple> add(Annotation doc, DocumentEntities entities, List<Triple> triples, RelationTypes types) {
        Map<Entity, Triple> leaders = new LinkedHashMap<>();
        Set<Entity> withOffice = new HashSet<>();
        for (Triple t : triples) {
            if (!t.isPositionHeld() || t.object().type() != EntityType.COUNTRY) {
                continue;
            }
            withOffice.add(t.subject());
            String office = Triple.titleOf(t.predicate());
            if (leaderTitles.contains(office) && !t.negated() && t.modality() == Modality.ASSERTED) {
                leaders.putIfAbsent(t.subject(), t);
            }
        }
        if (leaders.isEmpty()) {
            return triples;
        }
        List<Triple> found = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            for (SemanticGraphEdge poss : SemanticGraphs.edgesOf(graph, "nmod:poss")) {
                IndexedWord title = poss.getGovernor();
                Entity leader = person(entities, s, poss.getDependent());
                if (leader == null || !leaders.containsKey(leader) || title.lemma() == null || !title.tag().startsWith("NN")
                        || !stateTitles.contains(title.lemma().toLowerCase(Locale.ROOT)) || entities.at(s, title.index() - 1) != null
                        && entities.at(s, title.index() - 1).type() != EntityType.PERSON) {
                    continue;
                }
                IndexedWord name = holderName(graph, entities, s, title);
                Entity holder = name == null ? null : person(entities, s, name);
                List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
                String phrase = titlePhrase(graph, tokens, title, poss.getDependent());
                if (holder == null || holder == leader || withOffice.contains(holder) || phrase == null) {
                    continue;
                }
                if (unnamedHolderBetween(entities, tokens, s, leader, poss.getDependent().index() - 1)) {
                    continue; // "Trump met Ukraine's leader, along with his defence minister": whose is not sure
                }
                Entity country = leaders.get(leader).object();
                found.add(Triple.sentenceRole(holder, phrase + " of", country, Triple.originalText(tokens, title.index() - 1, title.index()),
                        s, tokens, confidence, RULE).withAnchors(name.index() - 1, title.index() - 1, -1));
                withOffice.add(holder);
            }
        }
        return types.appendTyped(triples, found);
    }

    /**
     * Whether a title no name follows stands between the leader's last mention before the possessive (in its sentence;
     * else the sentence's start) and the possessive: "met Kazakhstan's president and his foreign minister" may mean the
     * other leader's minister.
     */
    private boolean unnamedHolderBetween(DocumentEntities entities, List<CoreLabel> tokens, int s, Entity leader, int possessive) {
        int from = 0;
        for (int k = possessive - 1; k >= 0; k--) {
            if (entities.at(s, k) == leader && k + 1 < possessive) {
                from = k + 1;
                break;
            }
        }
        for (int k = from; k < possessive; k++) {
            if (entities.at(s, k) != null || !titles.contains(tokens.get(k).word().toLowerCase(Locale.ROOT))) {
                continue;
            }
            int next = k + 1;
            while (next < possessive && titles.contains(tokens.get(next).word().toLowerCase(Locale.ROOT))) {
                next++;
            }
            Entity named = next < tokens.size() ? entities.at(s, next) : null;
            if (named == null || named.type() != EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    /** The person named in apposition to the title ("his foreign minister, Kamina Johnson Smith"), or null. */
    private static IndexedWord holderName(SemanticGraph graph, DocumentEntities entities, int s, IndexedWord title) {
        for (SemanticGraphEdge e : graph.outgoingEdgeList(title)) {
            String rel = e.getRelation().toString();
            if ((rel.equals("appos") || rel.equals("dep")) && e.getDependent().index() > title.index()
                    && person(entities, s, e.getDependent()) != null) {
                return e.getDependent();
            }
        }
        return null;
    }

    /**
     * The title's words from its first modifier on ("foreign minister", "vice-president"), or null for a past one
     * ("his former foreign minister") or one with more after it ("his minister of state").
     */
    private String titlePhrase(SemanticGraph graph, List<CoreLabel> tokens, IndexedWord title, IndexedWord possessor) {
        int first = title.index();
        for (SemanticGraphEdge e : graph.outgoingEdgeList(title)) {
            String rel = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if ((rel.equals("amod") || rel.equals("compound")) && d.index() < title.index() && d.index() > possessor.index()) {
                // "his former foreign minister"; "her Japanese counterpart"-like holders named by the modifier are others'
                if (pastMarkers.contains(d.word().toLowerCase(Locale.ROOT)) || d.ner() != null && !d.ner().equals("O")) {
                    return null;
                }
                first = Math.min(first, d.index());
            } else if (rel.startsWith("nmod:") && d.index() > title.index()) {
                return null;
            }
        }
        return Triple.originalText(tokens, first - 1, title.index()).toLowerCase(Locale.ROOT);
    }

    private static Entity person(DocumentEntities entities, int s, IndexedWord word) {
        Entity e = entities.at(s, word.index() - 1);
        return e != null && e.type() == EntityType.PERSON ? e : null;
    }
}
