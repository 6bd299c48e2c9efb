package dev.newsie.graph;

import dev.newsie.dates.DateValues;
import dev.newsie.relations.RelationType;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.XSD;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.helpers.NTriplesUtil;

import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

import static dev.newsie.graph.RdfVocabulary.*;

/**
 * The graph as RDF (RDF4J Rio). Each document's contribution is one named graph, named by the document's
 * IRI (N-Quads, TriG): replacing that graph replaces what the document says, and loading batch after
 * batch gives the graph of loading them all at once. N-Triples and Turtle hold the union of those graphs.
 * Nothing derived (how many documents state a relation, its first date) is stored: it changes with every
 * batch, and SPARQL aggregates compute it (README).
 * <p>
 * Each relation is an {@code rdf:Statement} (IRI from its canonical key, the same in every run) with its
 * qualifiers and one {@code newsie:Source} per stating sentence, and also a direct edge. The direct edge of
 * an asserted, not negated relation is the plain property: Wikidata's where the type has one
 * ({@code wdt:P108}; {@code wdt:P39} to a position node), else {@code newsie-rel:meet}; other relations
 * carry their qualifier ({@code newsie-rel:planned-visit}, {@code newsie-rel:not-visit}).
 */
public final class RdfGraphWriter {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();

    private RdfGraphWriter() {
    }

    /** Whether the format keeps graph names (one graph per document). */
    public static boolean namedGraphs(RDFFormat format) {
        return format.supportsContexts();
    }

    public static void write(Graph graph, RDFFormat format, OutputStream out) {
        write(graph.documents(), format, out);
    }

    public static void write(Collection<DocumentFacts> documents, RDFFormat format, OutputStream out) {
        if (format.equals(RDFFormat.NQUADS)) {
            writeNQuads(documents, out);
            return;
        }
        RDFWriter rdf = Rio.createWriter(format, out);
        rdf.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        rdf.startRDF();
        rdf.handleNamespace("newsie", NS);
        rdf.handleNamespace("newsie-rel", REL);
        rdf.handleNamespace("wd", NodeIds.WIKIDATA_ENTITY);
        rdf.handleNamespace("wdt", WIKIDATA_PROPERTY);
        rdf.handleNamespace("schema", SCHEMA);
        rdf.handleNamespace("rdf", RDF.NAMESPACE);
        rdf.handleNamespace("rdfs", RDFS.NAMESPACE);
        rdf.handleNamespace("xsd", XSD.NAMESPACE);
        if (namedGraphs(format)) {
            for (DocumentFacts doc : documents) {
                documentGraph(doc, true).forEach(rdf::handleStatement);
            }
        } else {
            // the union of the documents' graphs: what several documents state is written once
            Set<Statement> union = new LinkedHashSet<>();
            for (DocumentFacts doc : documents) {
                union.addAll(documentGraph(doc, false));
            }
            union.forEach(rdf::handleStatement);
        }
        rdf.endRDF();
    }

    /**
     * N-Quads: N-Triples terms and the graph name, one statement a line (RDF4J 5.3 has no N-Quads writer on
     * Maven Central; the format is N-Triples plus one term).
     */
    private static void writeNQuads(Collection<DocumentFacts> documents, OutputStream out) {
        java.io.Writer text = new java.io.BufferedWriter(new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        try {
            for (DocumentFacts doc : documents) {
                for (Statement st : documentGraph(doc, true)) {
                    text.write(NTriplesUtil.toNTriplesString(st.getSubject()));
                    text.write(' ');
                    text.write(NTriplesUtil.toNTriplesString(st.getPredicate()));
                    text.write(' ');
                    text.write(NTriplesUtil.toNTriplesString(st.getObject()));
                    text.write(' ');
                    text.write(NTriplesUtil.toNTriplesString(st.getContext()));
                    text.write(" .\n");
                }
            }
            text.flush();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** One document's statements, in its own graph when {@code named}. */
    static Set<Statement> documentGraph(DocumentFacts doc, boolean named) {
        Set<Statement> out = new LinkedHashSet<>();
        IRI docIri = VF.createIRI(doc.document().iri());
        Resource graph = named ? docIri : null;
        Adder add = (s, p, o) -> {
            if (o != null) {
                out.add(VF.createStatement(s, p, o, graph));
            }
        };
        add.add(docIri, RDF.TYPE, DOCUMENT_CLASS);
        add.add(docIri, ID, VF.createLiteral(doc.document().id()));
        add.add(docIri, DOC_DATE, dateLiteral(doc.document().docDate()));
        if (doc.document().url() != null) {
            add.add(docIri, URL, NodeIds.isWebAddress(doc.document().url())
                    ? VF.createIRI(doc.document().url()) : VF.createLiteral(doc.document().url()));
        }
        java.util.Map<String, String> names = new java.util.HashMap<>();
        for (DocumentFacts.EntityRef e : doc.entities()) {
            IRI node = VF.createIRI(e.iri());
            names.put(e.id(), e.name());
            add.add(docIri, MENTIONS, node);
            add.add(node, RDF.TYPE, typeClass(e.type()));
            add.add(node, RDFS.LABEL, VF.createLiteral(e.name()));
            add.add(node, ISO3, e.iso3() == null ? null : VF.createLiteral(e.iso3()));
        }
        for (DocumentFacts.Fact fact : doc.facts()) {
            relation(fact, docIri, add);
        }
        return out;
    }

    @FunctionalInterface
    private interface Adder {
        void add(Resource s, IRI p, Value o);
    }

    private static void relation(DocumentFacts.Fact fact, IRI docIri, Adder add) {
        RelationKey k = fact.key();
        RelationType type = fact.type();
        IRI subject = VF.createIRI(NodeIds.iri(k.subject()));
        IRI object = VF.createIRI(NodeIds.iri(k.object()));
        if (RelationType.POSITION_HELD.equals(type.name()) && k.role() != null) {
            IRI position = VF.createIRI(NodeIds.NEWSIE_ID + "position/" + NodeIds.slug(k.role()) + "/" + k.object().replace(':', '/'));
            add.add(position, RDF.TYPE, POSITION_CLASS);
            add.add(position, TITLE, VF.createLiteral(k.role()));
            add.add(position, OF, object);
            object = position;
        }
        boolean fact_ = !k.negated() && "asserted".equals(k.modality());
        IRI plain = type.wikidataProperty() != null ? wikidataProperty(type.wikidataProperty()) : RdfVocabulary.relation(k.relation());
        // a property that reads the other way ("X, father of Y": Y wdt:P22 X) swaps the ends of the plain edge
        boolean flip = type.wikidataInverse();
        IRI from = flip ? object : subject;
        IRI to = flip ? subject : object;
        IRI direct = fact_ ? plain : qualifiedRelation(k.relation(), k.negated(), k.modality());
        add.add(fact_ ? from : subject, direct, fact_ ? to : object);
        if (type.symmetric()) {
            add.add(fact_ ? to : object, direct, fact_ ? from : subject);
        }
        IRI statement = VF.createIRI(STATEMENT, k.statementId());
        add.add(statement, RDF.TYPE, RDF.STATEMENT);
        add.add(statement, RDF.SUBJECT, from);
        add.add(statement, RDF.PREDICATE, plain);
        add.add(statement, RDF.OBJECT, to);
        add.add(statement, RELATION, VF.createLiteral(k.relation()));
        add.add(statement, KIND, VF.createLiteral(type.kind()));
        add.add(statement, ROLE, k.role() == null ? null : VF.createLiteral(k.role()));
        add.add(statement, NEGATED, VF.createLiteral(k.negated()));
        add.add(statement, MODALITY, VF.createLiteral(k.modality()));
        add.add(statement, SYMMETRIC, VF.createLiteral(type.symmetric()));
        if (type.plover() != null) {
            add.add(statement, EVENT_TYPE, ploverType(type.plover()));
            add.add(statement, CAMEO, type.cameo() == null ? null : VF.createLiteral(type.cameo()));
            add.add(statement, MODE, type.mode() == null ? null : VF.createLiteral(type.mode()));
        }
        Source s = fact.source();
        IRI source = VF.createIRI(SOURCE_NS, s.id());
        add.add(statement, SOURCE, source);
        add.add(source, RDF.TYPE, SOURCE_CLASS);
        add.add(source, DOCUMENT, docIri);
        add.add(source, SENTENCE, VF.createLiteral(s.sentence()));
        add.add(source, START, VF.createLiteral(s.start()));
        add.add(source, END, VF.createLiteral(s.end()));
        add.add(source, TEXT, s.text() == null ? null : VF.createLiteral(s.text()));
        add.add(source, PREDICATE, VF.createLiteral(s.predicate()));
        add.add(source, DATE, dateLiteral(s.date()));
        add.add(source, CONFIDENCE, decimal(s.confidence()));
        add.add(source, RULE, s.rule() == null ? null : VF.createLiteral(s.rule()));
    }

    /** xsd:decimal: Turtle writes it as 0.85, where an xsd:double would read 8.5E-1. */
    private static Literal decimal(double value) {
        return VF.createLiteral(java.math.BigDecimal.valueOf(value));
    }

    /** xsd:date, xsd:gYearMonth or xsd:gYear where the value is one, so SPARQL can compare them; else a plain string. */
    static Literal dateLiteral(String value) {
        if (value == null) {
            return null;
        }
        if (DateValues.DAY.matcher(value).matches()) {
            return VF.createLiteral(value, XSD.DATE);
        }
        if (DateValues.MONTH.matcher(value).matches()) {
            return VF.createLiteral(value, XSD.GYEARMONTH);
        }
        if (DateValues.YEAR.matcher(value).matches()) {
            return VF.createLiteral(value, XSD.GYEAR);
        }
        return VF.createLiteral(value);
    }
}
