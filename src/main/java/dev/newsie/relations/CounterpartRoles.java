package dev.newsie.relations;

import dev.newsie.entities.DemonymMatch;
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
 * "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi", "Ukraine's human rights commissioner,
 * Dmytro Lubinets, raised the issue with his Russian counterpart, Tatyana Moskalkova": a counterpart holds the
 * possessor's office in the country of the demonym before it. When the text states the possessor's office in a
 * country, the counterpart is given the same office in the other country, unless it is a leader's, whose title differs
 * from country to country (counterpart.leader.titles). Runs after every other role is stated.
 */
public final class CounterpartRoles {
    static final String RULE = "counterpart-title";
    private static final String FORMER = "former ";
    private final Set<String> nouns;
    /** Offices that differ from country to country: Modi's Brazilian counterpart is a president, not a prime minister. */
    private final Set<String> leaderTitles;
    private final double confidence;

    public CounterpartRoles(Set<String> nouns, Set<String> leaderTitles, double confidence) {
        this.nouns = Set.copyOf(nouns);
        this.leaderTitles = Set.copyOf(leaderTitles);
        this.confidence = confidence;
    }

    /** "foreign minister of" passes; "prime minister of", "vice president of" do not. */
    private boolean sameInEveryCountry(String predicate) {
        String title = predicate.endsWith(" of") ? predicate.substring(0, predicate.length() - 3) : predicate;
        return leaderTitles.stream().noneMatch(t -> title.equals(t) || title.endsWith(" " + t));
    }

    public List<Triple> add(Annotation doc, DocumentEntities entities, List<Triple> triples, RelationTypes types) {
        Map<Entity, Triple> offices = new LinkedHashMap<>();
        Set<Entity> withOffice = new HashSet<>();
        for (Triple t : triples) {
            if (t.relation() != null && RelationType.POSITION_HELD.equals(t.relation().name()) && t.object().type() == EntityType.COUNTRY) {
                withOffice.add(t.subject());
                if (!t.predicate().startsWith(FORMER) && sameInEveryCountry(t.predicate())) {
                    offices.putIfAbsent(t.subject(), t);
                }
            }
        }
        if (offices.isEmpty()) {
            return triples;
        }
        List<Triple> found = new ArrayList<>();
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        for (int s = 0; s < sentences.size(); s++) {
            SemanticGraph graph = sentences.get(s).get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (graph == null) {
                continue;
            }
            for (IndexedWord noun : graph.vertexListSorted()) {
                if (noun.lemma() == null || !nouns.contains(noun.lemma().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                Entity holder = null;
                DemonymMatch demonym = null;
                Entity counterpart = person(entities, s, noun);
                for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
                    String rel = e.getRelation().toString();
                    int t = e.getDependent().index() - 1;
                    if (rel.equals("nmod:poss")) {
                        holder = person(entities, s, e.getDependent());
                    } else if (rel.equals("amod") && entities.demonymAt(s, t) != null) {
                        demonym = entities.demonymAt(s, t);
                    } else if (counterpart == null && (rel.equals("appos") || rel.equals("dep") || rel.equals("compound"))) {
                        counterpart = person(entities, s, e.getDependent());
                    }
                }
                Triple office = holder == null ? null : offices.get(holder);
                if (office == null || demonym == null || counterpart == null || counterpart == holder || withOffice.contains(counterpart)
                        || demonym.country().iso3().equals(office.object().country().iso3())) {
                    continue;
                }
                Entity country = entities.activate(demonym);
                List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
                found.add(new Triple(counterpart, office.predicate(), country, noun.originalText(), s, tokens.get(0).beginPosition(),
                        tokens.get(tokens.size() - 1).endPosition(), false, Modality.ASSERTED, null, confidence, false, RULE)
                        .withAnchors(noun.index() - 1, noun.index() - 1, demonym.mention().firstToken()));
                withOffice.add(counterpart);
            }
        }
        if (found.isEmpty()) {
            return triples;
        }
        List<Triple> out = new ArrayList<>(triples);
        out.addAll(types.apply(found));
        return out;
    }

    private static Entity person(DocumentEntities entities, int s, IndexedWord word) {
        Entity e = entities.at(s, word.index() - 1);
        return e != null && e.type() == EntityType.PERSON ? e : null;
    }
}
