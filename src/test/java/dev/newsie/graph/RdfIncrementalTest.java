package dev.newsie.graph;

import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sail.SailRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.sail.memory.MemoryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Feeding an RDF4J in-memory store batch by batch from the per-document named graphs (TriG, N-Quads), the way
 * the README says: replace the graphs of the batch's documents, add the rest.
 */
class RdfIncrementalTest {

    private static Model parse(List<DocumentFacts> docs, RDFFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RdfGraphWriter.write(docs, format, out);
        return Rio.parse(new ByteArrayInputStream(out.toByteArray()), "", format);
    }

    /** The README's recipe: clear the batch's document graphs, then add the batch. */
    private static void load(RepositoryConnection store, List<DocumentFacts> batch, RDFFormat format) throws IOException {
        Model model = parse(batch, format);
        store.clear(model.contexts().toArray(new Resource[0]));
        store.add(model);
    }

    private static Set<Statement> everything(RepositoryConnection store) {
        Set<Statement> all = new HashSet<>();
        store.getStatements(null, null, null, true).forEach(all::add);
        return all;
    }

    private static Set<Statement> fed(RDFFormat format, Consumer<RepositoryConnection> feed) {
        SailRepository repository = new SailRepository(new MemoryStore());
        try (RepositoryConnection store = repository.getConnection()) {
            feed.accept(store);
            return everything(store);
        } finally {
            repository.shutDown();
        }
    }

    private interface Step {
        void run(RepositoryConnection store) throws IOException;
    }

    private static Consumer<RepositoryConnection> steps(Step... steps) {
        return store -> {
            try {
                for (Step step : steps) {
                    step.run(store);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        };
    }

    @ParameterizedTest
    @ValueSource(strings = {"TriG", "N-Quads"})
    void dayByDayGivesTheGraphOfBothAtOnce(String formatName) throws IOException {
        RDFFormat format = formatName.equals("TriG") ? RDFFormat.TRIG : RDFFormat.NQUADS;
        Set<Statement> atOnce = fed(format, steps(s -> load(s, IncrementalFixtures.both(), format)));
        Set<Statement> dayByDay = fed(format, steps(s -> load(s, IncrementalFixtures.day1(), format),
                s -> load(s, IncrementalFixtures.day2(), format)));
        assertTrue(atOnce.size() > 1000, "a real graph: " + atOnce.size());
        assertEquals(atOnce, dayByDay);
        assertEquals(6, atOnce.stream().map(Statement::getContext).distinct().count(), "one named graph per document");
    }

    @Test
    void loadingABatchTwiceChangesNothing() throws IOException {
        Set<Statement> once = fed(RDFFormat.TRIG, steps(s -> load(s, IncrementalFixtures.both(), RDFFormat.TRIG)));
        Set<Statement> twice = fed(RDFFormat.TRIG, steps(s -> load(s, IncrementalFixtures.both(), RDFFormat.TRIG),
                s -> load(s, IncrementalFixtures.both(), RDFFormat.TRIG)));
        assertEquals(once, twice);
        // without clearing too: every statement has a stable IRI, no blank nodes
        Set<Statement> added = fed(RDFFormat.TRIG, steps(s -> s.add(parse(IncrementalFixtures.both(), RDFFormat.TRIG)),
                s -> s.add(parse(IncrementalFixtures.both(), RDFFormat.TRIG))));
        assertEquals(once, added);
        assertTrue(once.stream().noneMatch(st -> st.getSubject().isBNode() || st.getObject().isBNode()));
    }

    @Test
    void reloadingAReExtractedDocumentReplacesItsFacts() throws IOException {
        List<DocumentFacts> fresh = new ArrayList<>(IncrementalFixtures.day1());
        fresh.addAll(IncrementalFixtures.secondArticleExtractedAgain());
        Set<Statement> expected = fed(RDFFormat.TRIG, steps(s -> load(s, fresh, RDFFormat.TRIG)));
        SailRepository repository = new SailRepository(new MemoryStore());
        try (RepositoryConnection store = repository.getConnection()) {
            load(store, IncrementalFixtures.day1(), RDFFormat.TRIG);
            load(store, IncrementalFixtures.day2(), RDFFormat.TRIG);
            String deniedVisit = RdfExportTest.PREFIXES + "SELECT ?p WHERE { ?p newsie-rel:not-visit wd:Q884 }";
            String chinaVisitSources = RdfExportTest.PREFIXES + """
                    SELECT (COUNT(DISTINCT ?doc) AS ?n) WHERE { ?s rdf:subject <https://newsie.dev/id/person/vladimir-putin> ;
                      rdf:predicate newsie-rel:visit ; rdf:object wd:Q148 ; newsie:modality "asserted" ; newsie:source/newsie:document ?doc }
                    """;
            assertEquals(1, count(store, deniedVisit));
            assertEquals("1", single(store, chinaVisitSources));
            load(store, IncrementalFixtures.secondArticleExtractedAgain(), RDFFormat.TRIG);
            assertEquals(0, count(store, deniedVisit), "the new text no longer denies the visit");
            assertEquals("2", single(store, chinaVisitSources), "the new text adds a visit to China");
            assertEquals(expected, everything(store));
            assertFalse(expected.isEmpty());
        } finally {
            repository.shutDown();
        }
    }

    private static int count(RepositoryConnection store, String query) {
        int n = 0;
        try (TupleQueryResult result = store.prepareTupleQuery(query).evaluate()) {
            for (BindingSet ignored : result) {
                n++;
            }
        }
        return n;
    }

    private static String single(RepositoryConnection store, String query) {
        try (TupleQueryResult result = store.prepareTupleQuery(query).evaluate()) {
            return result.next().iterator().next().getValue().stringValue();
        }
    }

    @Test
    void turtleIsTheUnionOfTheDocumentGraphs() throws IOException {
        Model trig = parse(IncrementalFixtures.both(), RDFFormat.TRIG);
        Model turtle = parse(IncrementalFixtures.both(), RDFFormat.TURTLE);
        Model union = new LinkedHashModel();
        trig.forEach(st -> union.add(st.getSubject(), st.getPredicate(), st.getObject()));
        assertEquals(union, turtle);
    }
}
