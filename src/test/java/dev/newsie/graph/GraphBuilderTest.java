package dev.newsie.graph;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static dev.newsie.graph.GraphFixtures.edge;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The merged graph of the five samples and a second article about Putin's visit. */
class GraphBuilderTest {
    private static final String PUTIN = "person:vladimir-putin";
    private static final String NORTH_KOREA = "wd:Q423";
    private static Graph graph;

    @BeforeAll
    static void merge() throws IOException {
        graph = GraphFixtures.mergedGraph();
    }

    @Test
    void noDuplicateNodesForTheSameCountryOrPerson() {
        Set<String> ids = new HashSet<>();
        Set<String> countries = new HashSet<>();
        Set<String> names = new HashSet<>();
        for (GraphNode n : graph.nodes()) {
            assertTrue(ids.add(n.id()), "one node per id: " + n.id());
            if (n.type().equals("COUNTRY")) {
                assertTrue(countries.add(n.wikidata()), "one node per Wikidata id: " + n.wikidata());
            } else {
                assertTrue(names.add(n.type() + "/" + NodeIds.slug(n.name())), "one node per name: " + n.name());
            }
        }
        GraphNode us = graph.nodes().stream().filter(n -> n.id().equals("wd:Q30")).findFirst().orElseThrow();
        assertEquals(4, us.documents(), "the United States is named in four samples");
        assertEquals(2, graph.nodes().stream().filter(n -> n.id().equals(PUTIN)).findFirst().orElseThrow().documents());
        assertTrue(graph.nodes().stream().noneMatch(n -> n.type().equals("DATE")), "dates qualify relations, they are not nodes");
    }

    @Test
    void relationStatedInTwoArticlesCountsTwoDocuments() {
        GraphEdge obama = edge(graph, "person:barack-obama", "position-held", "president", "wd:Q30", false, "asserted");
        assertEquals(2, obama.documents());
        assertEquals(List.of("wikinews-canada-ontario-loans-gm-chrysler.txt", "wikinews-gm-bankruptcy-obama.txt"),
                obama.sources().stream().map(Source::document).toList());

        GraphEdge russia = edge(graph, PUTIN, "position-held", "president", "wd:Q159", false, "asserted");
        assertEquals(2, russia.documents());
        assertEquals(3, russia.sentences(), "two sentences of the sample, one of the second article");
    }

    @Test
    void assertedVisitMergesAcrossArticlesWithItsDates() {
        GraphEdge visited = edge(graph, PUTIN, "visit", NORTH_KOREA, false, "asserted");
        assertEquals(2, visited.documents());
        assertEquals(2, visited.sentences());
        assertEquals("2024-06-19", visited.firstDate());
        assertEquals("2024-06-19", visited.lastDate());
        assertEquals(0.85, visited.confidence());
        Source headline = visited.sources().get(0);
        assertEquals("putin-visits-north-korea.txt", headline.document());
        assertEquals(0, headline.sentence());
        assertEquals(40, headline.start());
        assertNull(headline.date());
    }

    @Test
    void plannedPossibleAndNegatedStatementsStayApart() {
        GraphEdge planned = edge(graph, PUTIN, "visit", NORTH_KOREA, false, "planned");
        assertEquals(1, planned.documents());
        assertEquals(3, planned.sentences());
        assertEquals(1, edge(graph, PUTIN, "visit", NORTH_KOREA, false, "possible").sentences());
        assertEquals(1, edge(graph, PUTIN, "visit", "wd:Q884", false, "planned").documents());
        GraphEdge denied = edge(graph, PUTIN, "visit", "wd:Q884", true, "asserted");
        assertEquals("putin-in-pyongyang.txt", denied.sources().get(0).document());
        assertEquals(3, graph.edges().stream().filter(e -> e.key().subject().equals(PUTIN)
                && e.key().relation().equals("visit") && e.key().object().equals(NORTH_KOREA)).count(),
                "asserted, planned and possible visits to North Korea are three statements");
    }

    @Test
    void symmetricRelationsMergeWhateverTheOrderAndSpelling() {
        // sample: (Vladimir Putin, meet, Kim Jong-un) in September 2023; second article: met Kim Jong Un on June 19
        GraphEdge met = edge(graph, "person:kim-jong-un", "meet", PUTIN, false, "asserted");
        assertTrue(met.symmetric());
        assertEquals(2, met.documents());
        assertEquals("2023-09", met.firstDate());
        assertEquals("2024-06-19", met.lastDate());
    }

    @Test
    void everyWayOfSayingAMeetingIsOneSymmetricRelation() {
        // sample: "Putin ... met with Xi Jinping", "Putin is shaking hands with Xi": neither symmetric as a construction
        GraphEdge met = edge(graph, PUTIN, "meet", "person:xi-jinping", false, "asserted");
        assertTrue(met.symmetric(), "symmetric comes from the type");
        assertEquals(List.of("meet with", "shake hands with"), met.predicates());
        assertEquals(2, met.sentences());
        // "China Holds Talks with South Korea" (headline) and "South Korea and China will hold talks": one
        // order of the ends whatever the sentence's
        assertEquals(1, edge(graph, "wd:Q148", "meet", "wd:Q884", false, "asserted").sentences());
        GraphEdge talks = edge(graph, "wd:Q148", "meet", "wd:Q884", false, "planned");
        assertEquals(List.of("hold talks with"), talks.predicates());
        assertTrue(graph.edges().stream().noneMatch(e -> e.key().relation().equals("meet with") || e.key().relation().equals("hold talks with")));
    }

    @Test
    void rolesArePositionsHeldWithTheTitle() {
        GraphEdge sun = edge(graph, "person:sun-weidong", "position-held", "vice foreign minister", "wd:Q148", false, "asserted");
        assertEquals("P39", sun.type().wikidata());
        assertEquals(List.of("vice foreign minister of"), sun.predicates());
        assertTrue(graph.edges().stream().noneMatch(e -> e.key().relation().endsWith(" of")
                && !e.key().relation().startsWith("announce")), "no title is a relation type of its own");
    }

    @Test
    void aConverseConstructionIsReadTheGiversWay() {
        // "General Motors and Chrysler will receive bridge loans from Canada": Canada gives economic aid to both
        // (extract reads "receive ... from" as the giver's act; a predicate typed inverse, such as "host", is turned by the graph)
        GraphEdge loans = edge(graph, "wd:Q16", "economic-aid", "organization:general-motors", false, "planned");
        assertEquals(List.of("give loans to"), loans.predicates());
    }

    @Test
    void aDocumentReadTwiceKeepsOnlyItsLastContribution() throws IOException {
        Graph twice = GraphFixtures.mergedGraph(List.of(GraphFixtures.SECOND_ARTICLE, GraphFixtures.SECOND_ARTICLE));
        Graph once = GraphFixtures.mergedGraph(List.of(GraphFixtures.SECOND_ARTICLE));
        assertEquals(1, twice.documents().size());
        assertEquals(once.edges().stream().mapToInt(GraphEdge::sentences).sum(), twice.edges().stream().mapToInt(GraphEdge::sentences).sum());
    }

    @Test
    void documentsWithAnErrorRecordAreSkippedAndCounted() throws IOException {
        GraphBuilder builder = new GraphBuilder(GraphFixtures.TYPES);
        ObjectMapper json = new ObjectMapper();
        builder.add(json.readTree("{\"schema\":\"newsie/1\",\"id\":\"bad\",\"error\":{\"kind\":\"empty\",\"message\":\"empty\"},"
                + "\"entities\":[],\"triples\":[]}"));
        builder.add(json.readTree(java.nio.file.Files.readString(GraphFixtures.SECOND_ARTICLE)));
        assertEquals(1, builder.graph().skipped());
        assertEquals(1, builder.graph().documents().size());
        assertEquals(5, builder.graph().nodes().size());
        assertEquals(6, graph.documents().size());
        assertEquals(0, graph.skipped());
    }
}
