package dev.newsie.graph;

import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RDF exports load into a real RDF4J store and answer "who visited North Korea, and when" in SPARQL. */
class RdfExportTest {
    static final String PREFIXES = """
            PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX newsie: <https://newsie.dev/ns#>
            PREFIX newsie-rel: <https://newsie.dev/rel/>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX schema: <https://schema.org/>
            """;
    /** The README's example query: the counts and dates are aggregates over the sources, never stored. */
    static final String WHO_VISITED_NORTH_KOREA = PREFIXES + """
            SELECT ?who ?modality (COUNT(DISTINCT ?doc) AS ?documents) (COUNT(DISTINCT ?src) AS ?sentences)
                   (MIN(?date) AS ?firstDate) (MAX(?date) AS ?lastDate) WHERE {
              ?s rdf:subject ?person ; rdf:predicate newsie-rel:visit ; rdf:object wd:Q423 ;
                 newsie:negated false ; newsie:modality ?modality ; newsie:source ?src .
              ?src newsie:document ?doc .
              OPTIONAL { ?src newsie:date ?date }
              ?person rdfs:label ?who .
            } GROUP BY ?who ?modality ORDER BY ?modality
            """;

    private final SailRepository repository = new SailRepository(new MemoryStore());

    @AfterEach
    void shutDown() {
        repository.shutDown();
    }

    private RepositoryConnection load(RDFFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfGraphWriter.write(GraphFixtures.mergedGraph(), format, out);
        RepositoryConnection connection = repository.getConnection();
        connection.add(new ByteArrayInputStream(out.toByteArray()), "", format);
        return connection;
    }

    private static List<String> rows(RepositoryConnection connection, String query, String... variables) {
        List<String> rows = new ArrayList<>();
        try (TupleQueryResult result = connection.prepareTupleQuery(query).evaluate()) {
            for (BindingSet b : result) {
                List<String> cells = new ArrayList<>();
                for (String v : variables) {
                    cells.add(b.hasBinding(v) ? b.getValue(v).stringValue() : "-");
                }
                rows.add(String.join(" | ", cells));
            }
        }
        return rows;
    }

    @Test
    void turtleAnswersWhoVisitedNorthKoreaAndWhen() throws IOException {
        try (RepositoryConnection rdf = load(RDFFormat.TURTLE)) {
            assertEquals(List.of(
                            "Vladimir Putin | asserted | 2 | 2 | 2024-06-19 | 2024-06-19",
                            "Vladimir Putin | planned | 1 | 3 | - | -",
                            "Vladimir Putin | possible | 1 | 1 | - | -"),
                    rows(rdf, WHO_VISITED_NORTH_KOREA, "who", "modality", "documents", "sentences", "firstDate", "lastDate"));
        }
    }

    @Test
    void nTriplesLoadTheSameGraphWithTypedDates() throws IOException {
        try (RepositoryConnection rdf = load(RDFFormat.NTRIPLES)) {
            assertEquals(3, rows(rdf, WHO_VISITED_NORTH_KOREA, "who").size());
            String whenChina = PREFIXES + """
                    SELECT ?date WHERE { ?s rdf:subject ?p ; rdf:predicate newsie-rel:visit ; rdf:object wd:Q148 ;
                                            newsie:modality "asserted" ; newsie:source/newsie:date ?date }
                    """;
            try (TupleQueryResult result = rdf.prepareTupleQuery(whenChina).evaluate()) {
                Literal date = (Literal) result.next().getValue("date");
                assertEquals("2024-05", date.getLabel());
                assertEquals(XSD.GYEARMONTH, date.getDatatype());
            }
        }
    }

    @Test
    void plainDirectEdgesAreOnlyAssertedAndNotNegated() throws IOException {
        try (RepositoryConnection rdf = load(RDFFormat.TURTLE)) {
            assertEquals(List.of("Vladimir Putin"),
                    rows(rdf, PREFIXES + "SELECT ?who WHERE { ?p newsie-rel:visit wd:Q423 ; rdfs:label ?who }", "who"));
            // South Korea: the second article denies a visit and plans one; neither is a fact
            assertEquals(List.of(), rows(rdf, PREFIXES + "SELECT ?p WHERE { ?p newsie-rel:visit wd:Q884 }", "p"));
            assertEquals(List.of("true | asserted", "false | planned"), rows(rdf, PREFIXES + """
                    SELECT ?negated ?modality WHERE { ?s rdf:subject ?p ; rdf:predicate newsie-rel:visit ; rdf:object wd:Q884 ;
                                                         newsie:negated ?negated ; newsie:modality ?modality } ORDER BY ?modality
                    """, "negated", "modality"));
            // ... but they are direct edges too, with the qualifier in the predicate
            assertEquals(1, rows(rdf, PREFIXES + "SELECT ?p WHERE { ?p newsie-rel:planned-visit wd:Q884 }", "p").size());
            assertEquals(1, rows(rdf, PREFIXES + "SELECT ?p WHERE { ?p newsie-rel:not-visit wd:Q884 }", "p").size());
            // a symmetric relation is a direct edge both ways
            // each document's spelling is a label of the one node ("Kim Jong-un", "Kim Jong Un")
            assertEquals(List.of("https://newsie.dev/id/person/kim-jong-un", "https://newsie.dev/id/person/xi-jinping"), rows(rdf, PREFIXES
                    + "SELECT ?k WHERE { <https://newsie.dev/id/person/vladimir-putin> newsie-rel:meet ?k } ORDER BY ?k", "k"));
            assertEquals(1, rows(rdf, PREFIXES
                    + "SELECT ?p WHERE { <https://newsie.dev/id/person/kim-jong-un> newsie-rel:meet ?p }", "p").size());
            assertEquals(List.of("Kim Jong Un", "Kim Jong-un"), rows(rdf, PREFIXES
                    + "SELECT ?name WHERE { <https://newsie.dev/id/person/kim-jong-un> rdfs:label ?name } ORDER BY ?name", "name"));
        }
    }

    @Test
    void typesAlignWithWikidataWherePossible() throws IOException {
        try (RepositoryConnection rdf = load(RDFFormat.TURTLE)) {
            // position held (P39) goes to a position node with the title and where it is held
            assertEquals(List.of("president | http://www.wikidata.org/entity/Q159"), rows(rdf, PREFIXES + """
                    SELECT ?title ?of WHERE { <https://newsie.dev/id/person/vladimir-putin> wdt:P39 ?position .
                                              ?position newsie:title ?title ; newsie:of ?of }
                    """, "title", "of"));
            // the statement says the same with its qualifiers, and keeps the surface predicate on each source
            assertEquals(List.of("position-held | president | president of"), rows(rdf, PREFIXES + """
                    SELECT DISTINCT ?relation ?role ?predicate WHERE {
                      ?s rdf:subject <https://newsie.dev/id/person/vladimir-putin> ; rdf:predicate wdt:P39 ;
                         newsie:relation ?relation ; newsie:role ?role ; newsie:source/newsie:predicate ?predicate }
                    """, "relation", "role", "predicate"));
            // an event type carries its PLOVER type
            assertTrue(rows(rdf, PREFIXES + "SELECT ?t WHERE { ?s rdf:predicate newsie-rel:visit ; newsie:eventType ?t }", "t")
                    .contains("https://newsie.dev/plover/CONSULT"));
            // documents are IRIs that name what they mention
            assertEquals(4, rows(rdf, PREFIXES + "SELECT DISTINCT ?d WHERE { ?d schema:mentions wd:Q30 }", "d").size());
        }
    }

    @Test
    void sourcesCarryDocumentSentenceAndOffsets() throws IOException {
        try (RepositoryConnection rdf = load(RDFFormat.TURTLE)) {
            List<String> sources = rows(rdf, PREFIXES + """
                    SELECT ?doc ?sentence ?start ?end ?date WHERE {
                      ?s rdf:subject ?p ; rdf:predicate newsie-rel:visit ; rdf:object wd:Q423 ; newsie:modality "asserted" ;
                         newsie:source ?src .
                      ?src newsie:document ?doc ; newsie:sentence ?sentence ; newsie:start ?start ; newsie:end ?end .
                      OPTIONAL { ?src newsie:date ?date }
                    } ORDER BY ?doc
                    """, "doc", "sentence", "start", "end", "date");
            assertEquals(2, sources.size());
            assertTrue(sources.get(0).startsWith("https://newsie.dev/doc/putin-in-pyongyang.txt | 1 | "), sources.get(0));
            assertTrue(sources.get(0).endsWith(" | 2024-06-19"), sources.get(0));
            assertEquals("https://newsie.dev/doc/putin-visits-north-korea.txt | 0 | 40 | 142 | -", sources.get(1));
            assertEquals(List.of("putin-visits-north-korea.txt | 2024-06-14"), rows(rdf, PREFIXES + """
                    SELECT ?id ?date WHERE { <https://newsie.dev/doc/putin-visits-north-korea.txt> newsie:id ?id ; newsie:docDate ?date }
                    """, "id", "date"));
        }
    }
}
