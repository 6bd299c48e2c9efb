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
            """;
    /** The README's example query. */
    static final String WHO_VISITED_NORTH_KOREA = PREFIXES + """
            SELECT ?who ?modality ?documents ?firstDate ?lastDate WHERE {
              ?s rdf:subject ?person ; rdf:predicate newsie-rel:visit ; rdf:object wd:Q423 ;
                 newsie:negated false ; newsie:modality ?modality ; newsie:documents ?documents .
              ?person rdfs:label ?who .
              OPTIONAL { ?s newsie:firstDate ?firstDate }
              OPTIONAL { ?s newsie:lastDate ?lastDate }
            } ORDER BY ?modality
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
                            "Vladimir Putin | asserted | 2 | 2024-06-19 | 2024-06-19",
                            "Vladimir Putin | planned | 1 | - | -",
                            "Vladimir Putin | possible | 1 | - | -"),
                    rows(rdf, WHO_VISITED_NORTH_KOREA, "who", "modality", "documents", "firstDate", "lastDate"));
        }
    }

    @Test
    void nTriplesLoadTheSameGraphWithTypedDates() throws IOException {
        try (RepositoryConnection rdf = load(RDFFormat.NTRIPLES)) {
            assertEquals(3, rows(rdf, WHO_VISITED_NORTH_KOREA, "who").size());
            String whenChina = PREFIXES + """
                    SELECT ?date WHERE { ?s rdf:subject ?p ; rdf:predicate newsie-rel:visit ; rdf:object wd:Q148 ;
                                            newsie:modality "asserted" ; newsie:firstDate ?date }
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
            assertEquals(List.of("Kim Jong-un"), rows(rdf, PREFIXES
                    + "SELECT ?name WHERE { <https://newsie.dev/id/person/vladimir-putin> newsie-rel:meet ?k . ?k rdfs:label ?name }", "name"));
            assertEquals(1, rows(rdf, PREFIXES
                    + "SELECT ?p WHERE { <https://newsie.dev/id/person/kim-jong-un> newsie-rel:meet ?p }", "p").size());
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
            assertTrue(sources.get(0).startsWith("putin-in-pyongyang.txt | 1 | "), sources.get(0));
            assertTrue(sources.get(0).endsWith(" | 2024-06-19"), sources.get(0));
            assertEquals("putin-visits-north-korea.txt | 0 | 40 | 142 | -", sources.get(1));
        }
    }
}
