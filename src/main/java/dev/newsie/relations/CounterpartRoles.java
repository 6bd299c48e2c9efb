package dev.newsie.relations;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * "Russian Foreign Minister Sergei Lavrov met his Chinese counterpart Wang Yi", "Ukraine's human rights commissioner,
 * Dmytro Lubinets, raised the issue with his Russian counterpart, Tatyana Moskalkova": a counterpart holds the
 * possessor's office in the country of the demonym before it. When the text asserts the possessor's office in a
 * country, or gives it by a bare title whatever the country ("Foreign Minister X met his Japanese counterpart Y"), the
 * counterpart is given the same office in the other country: only an office every state names alike
 * (counterpart.title.heads, not one of counterpart.leader.titles); a leader's counterpart holds the office the
 * leader's title stands for there (counterpart.leader.offices: "leader of"), whatever his title; for one counterpart with
 * one demonym, not a former one, and not where the text has someone else hold it. Runs after every other role is
 * stated.
 */
public final class CounterpartRoles {
    static final String RULE = "counterpart-title";
    private static final String FORMER = "former ";
    private final Set<String> nouns;
    /** The last words of offices every state names alike ("minister", "commissioner"; not "secretary"). */
    private final Set<String> titleHeads;
    /** Offices that differ from country to country: Modi's Brazilian counterpart is a president, not a prime minister. */
    private final Set<String> leaderTitles;
    /** The office each leader's title stands for in every state: "president" -> "leader". */
    private final Map<String, String> leaderOffices;
    /** "his former counterpart": no present office. */
    private final Set<String> pastMarkers;
    /** Words of the possessor's own standing, not of the office ("acting", "interim"). */
    private final Set<String> personalQualifiers;
    private final double confidence;

    public CounterpartRoles(Set<String> nouns, Set<String> titleHeads, Set<String> leaderTitles, Map<String, String> leaderOffices,
                            Set<String> pastMarkers, Set<String> personalQualifiers, double confidence) {
        this.nouns = Set.copyOf(nouns);
        this.titleHeads = Set.copyOf(titleHeads);
        this.leaderTitles = Set.copyOf(leaderTitles);
        this.leaderOffices = leaderOffices.entrySet().stream().collect(java.util.stream.Collectors.toUnmodifiableMap(
                Map.Entry::getKey, e -> e.getValue() + " of"));
        this.pastMarkers = Set.copyOf(pastMarkers);
        this.personalQualifiers = Set.copyOf(personalQualifiers);
        this.confidence = confidence;
    }

    /** "foreign minister of" passes; "prime minister of", "vice president of", "secretary of" do not. */
    private boolean sameInEveryCountry(String predicate) {
        String title = Triple.titleOf(predicate);
        String head = title.substring(title.lastIndexOf(' ') + 1);
        return titleHeads.contains(head) && leaderTitles.stream().noneMatch(t -> title.equals(t) || title.endsWith(" " + t));
    }

    /**
     * The office the counterpart holds, given the possessor's, or null: the same office where every state names it
     * alike; where the possessor leads a state by a title states name differently, the office that title stands for
     * ("Kenyan President Ruto and his Ugandan counterpart, Yoweri Museveni": Museveni leads Uganda, whatever his
     * title).
     */
    private String counterpartOffice(String stated) {
        String office = office(stated);
        if (sameInEveryCountry(stated)) {
            return office;
        }
        return leaderOffices.get(Triple.titleOf(office));
    }

    /** Whether the text has someone hold the office in the country, or a title that stands for it ("president of"). */
    private boolean held(Set<String> heldOffices, String office, String iso3) {
        return heldOffices.contains(office + "|" + iso3) || leaderOffices.entrySet().stream()
                .anyMatch(e -> e.getValue().equals(office) && heldOffices.contains(e.getKey() + " of|" + iso3));
    }

    /** The office without the possessor's own standing: "acting foreign minister of" -> "foreign minister of". */
    private String office(String predicate) {
        String[] words = predicate.split(" ");
        int i = 0;
        while (i < words.length - 1 && personalQualifiers.contains(words[i])) {
            i++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
    }

    /**
     * @param bareOffice the office a bare title before a person's name states, whatever its country ("Foreign Minister
     *                   X met his Japanese counterpart Y": Y is Japan's foreign minister though X's country is not said)
     */
    public List<Triple> add(Annotation doc, DocumentEntities entities, List<Triple> triples, RelationTypes types,
                            Function<Entity, String> bareOffice) {
        Map<Entity, Triple> offices = new LinkedHashMap<>();
        Set<Entity> withOffice = new HashSet<>();
        Set<String> heldOffices = new HashSet<>();
        for (Triple t : triples) {
            if (t.isPositionHeld() && t.object().type() == EntityType.COUNTRY) {
                // a counterpart whose own office in a state is stated keeps it (a post in a body, "which Mnangagwa chairs",
                // is no state's office)
                withOffice.add(t.subject());
                heldOffices.add(office(t.predicate()) + "|" + t.object().country().iso3());
                if (!t.predicate().startsWith(FORMER) && !pastMarkers.contains(t.predicate().split(" ")[0]) && !t.negated()
                        && t.modality() == Modality.ASSERTED && counterpartOffice(t.predicate()) != null) {
                    offices.putIfAbsent(t.subject(), t);
                }
            }
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
                if (!noun.tag().equals("NN")) {
                    continue; // "his German and French counterparts": which is whose is not said
                }
                Entity holder = null;
                boolean possessivePronoun = false;
                DemonymMatch demonym = null;
                Entity namedCountry = null; // the country whose name modifies the noun instead of a demonym
                int demonyms = 0;
                boolean past = false;
                Entity counterpart = person(entities, s, noun);
                IndexedWord name = counterpart == null ? null : noun;
                for (SemanticGraphEdge e : graph.outgoingEdgeList(noun)) {
                    String rel = e.getRelation().toString();
                    int t = e.getDependent().index() - 1;
                    if (rel.equals("nmod:poss")) {
                        holder = person(entities, s, e.getDependent());
                        possessivePronoun = e.getDependent().tag().equals("PRP$");
                    } else if ((rel.equals("amod") || rel.equals("compound")) && entities.demonymAt(s, t) != null) {
                        // "his Uzbek counterpart": a demonym the tagger calls a proper noun hangs on as a compound
                        demonym = entities.demonymAt(s, t);
                        demonyms++;
                    } else if (rel.equals("compound") && countryNamedAt(entities, s, t) != null && entities.at(s, t) != namedCountry) {
                        // "his New Zealand counterpart": a country's name modifies the noun as a demonym does (counted
                        // once, whichever of its words the parser hangs on the noun)
                        namedCountry = entities.at(s, t);
                        demonym = new DemonymMatch(namedCountry.country(), countryNamedAt(entities, s, t));
                        demonyms++;
                    } else if (rel.equals("amod") && pastMarkers.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) {
                        past = true; // "his former counterpart"
                    } else if (rel.equals("appos") && (name == null || name == noun) && person(entities, s, e.getDependent()) != null) {
                        // the name in apposition over whoever the description was resolved to ("his Japanese counterpart,
                        // Takeshi Iwaya"); the first such name only, since a later one is another's apposition
                        counterpart = person(entities, s, e.getDependent());
                        name = e.getDependent();
                    } else if (counterpart == null && (rel.equals("appos") || rel.equals("dep") || rel.equals("compound"))) {
                        counterpart = person(entities, s, e.getDependent());
                        name = e.getDependent();
                    }
                }
                if (counterpart == null) {
                    // "Lavrov met Hakan Fidan, his Turkish counterpart": the name the description is in apposition to
                    for (SemanticGraphEdge e : graph.incomingEdgeList(noun)) {
                        if (e.getRelation().toString().equals("appos") && person(entities, s, e.getGovernor()) != null) {
                            counterpart = person(entities, s, e.getGovernor());
                            name = e.getGovernor();
                        }
                    }
                }
                if (counterpart != null && holder == null && possessivePronoun) {
                    holder = clauseSubject(entities, graph, s, name); // "his" there is the one who met the counterpart
                    if (holder == null && name != noun) {
                        holder = clauseSubject(entities, graph, s, noun); // "met his Japanese counterpart, Takeshi Iwaya"
                    }
                    if (holder == null) {
                        holder = conjoinedPerson(entities, graph, s, noun); // "Ruto and his Ugandan counterpart, Museveni"
                    }
                }
                if (holder == null || demonyms != 1 || past || counterpart == null || counterpart == holder || withOffice.contains(counterpart)) {
                    continue;
                }
                Triple office = offices.get(holder);
                String stated = office != null ? office.predicate() : withOffice.contains(holder) ? null : bareOffice.apply(holder);
                String predicate = stated == null ? null : counterpartOffice(stated); // a bare title is never a former one
                if (predicate == null || office != null && demonym.country().iso3().equals(office.object().country().iso3())) {
                    continue;
                }
                if (held(heldOffices, predicate, demonym.country().iso3())) {
                    continue; // another person holds that office there in the text
                }
                heldOffices.add(predicate + "|" + demonym.country().iso3());
                Entity country = namedCountry != null ? namedCountry : entities.activate(demonym);
                List<CoreLabel> tokens = sentences.get(s).get(CoreAnnotations.TokensAnnotation.class);
                found.add(Triple.sentenceRole(counterpart, predicate, country, noun.originalText(), s, tokens, confidence, RULE)
                        .withAnchors(name.index() - 1, noun.index() - 1, demonym.mention().firstToken()));
                withOffice.add(counterpart);
            }
        }
        return types.appendTyped(triples, found);
    }

    /** The mention of a country that holds token t of sentence s, or null. */
    private static Mention countryNamedAt(DocumentEntities entities, int s, int t) {
        Entity at = entities.at(s, t);
        return at != null && at.type() == EntityType.COUNTRY ? at.mentionAt(s, t) : null;
    }

    /** The person subject of the verb whose object (or "with" phrase) the name is: "Lavrov met [Fidan], ...", or null. */
    private static Entity clauseSubject(DocumentEntities entities, SemanticGraph graph, int s, IndexedWord name) {
        for (SemanticGraphEdge in : graph.incomingEdgeList(name)) {
            String rel = in.getRelation().toString();
            if (!rel.equals("obj") && !rel.startsWith("obl:with") && !rel.startsWith("nmod:with")) {
                continue;
            }
            IndexedWord verb = in.getGovernor();
            while (!verb.tag().startsWith("VB") && graph.getParent(verb) != null) {
                verb = graph.getParent(verb); // "held talks with Fidan": the verb above the noun
            }
            for (SemanticGraphEdge e : graph.outgoingEdgeList(verb)) {
                if (e.getRelation().toString().equals("nsubj")) {
                    return person(entities, s, e.getDependent());
                }
            }
        }
        return null;
    }

    /** The person the counterpart is coordinated with: "Ruto and his Ugandan counterpart", or null. */
    private static Entity conjoinedPerson(DocumentEntities entities, SemanticGraph graph, int s, IndexedWord noun) {
        for (SemanticGraphEdge in : graph.incomingEdgeList(noun)) {
            if (in.getRelation().toString().equals("conj:and") && person(entities, s, in.getGovernor()) != null) {
                return person(entities, s, in.getGovernor());
            }
        }
        return null;
    }

    private static Entity person(DocumentEntities entities, int s, IndexedWord word) {
        Entity e = entities.at(s, word.index() - 1);
        return e != null && e.type() == EntityType.PERSON ? e : null;
    }
}
