package dev.newsie.graph;

import dev.newsie.dates.DateValues;

import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Resource;
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

import java.io.OutputStream;

import static dev.newsie.graph.RdfVocabulary.*;

/**
 * The merged graph as RDF (N-Triples or Turtle, through RDF4J Rio). Each relation is both an
 * {@code rdf:Statement} node carrying its qualifiers and sources and a direct edge. The direct edge of an
 * asserted, not negated relation is the plain predicate ({@code <putin> newsie-rel:visit <Q423>}); others
 * carry their qualifier in the predicate ({@code newsie-rel:planned-visit}, {@code newsie-rel:not-visit}),
 * so a simple query over plain edges finds facts and never a planned, possible or denied one.
 */
public final class RdfGraphWriter {
    private static final ValueFactory VF = SimpleValueFactory.getInstance();
    private final RDFWriter rdf;

    private RdfGraphWriter(RDFWriter rdf) {
        this.rdf = rdf;
    }

    public static void write(Graph graph, RDFFormat format, OutputStream out) {
        RDFWriter rdf = Rio.createWriter(format, out);
        // Turtle would otherwise buffer the whole graph to inline blank nodes; sources stay as [] lists anyway
        rdf.getWriterConfig().set(BasicWriterSettings.INLINE_BLANK_NODES, false);
        rdf.getWriterConfig().set(BasicWriterSettings.PRETTY_PRINT, true);
        new RdfGraphWriter(rdf).writeAll(graph);
    }

    private void writeAll(Graph graph) {
        rdf.startRDF();
        rdf.handleNamespace("newsie", NS);
        rdf.handleNamespace("newsie-rel", REL);
        rdf.handleNamespace("wd", NodeIds.WIKIDATA_ENTITY);
        rdf.handleNamespace("rdf", RDF.NAMESPACE);
        rdf.handleNamespace("rdfs", RDFS.NAMESPACE);
        rdf.handleNamespace("xsd", XSD.NAMESPACE);
        for (GraphNode n : graph.nodes()) {
            node(n);
        }
        for (GraphEdge e : graph.edges()) {
            edge(e);
        }
        rdf.endRDF();
    }

    private void node(GraphNode n) {
        IRI id = VF.createIRI(n.iri());
        add(id, RDF.TYPE, typeClass(n.type()));
        add(id, RDFS.LABEL, VF.createLiteral(n.name()));
        if (n.iso3() != null) {
            add(id, ISO3, VF.createLiteral(n.iso3()));
        }
        add(id, DOCUMENTS, VF.createLiteral(n.documents()));
        add(id, MENTIONS, VF.createLiteral(n.mentions()));
    }

    private void edge(GraphEdge e) {
        IRI subject = VF.createIRI(NodeIds.iri(e.key().subject()));
        IRI predicate = relation(e.key().predicate());
        IRI object = VF.createIRI(NodeIds.iri(e.key().object()));
        IRI direct = directRelation(e.key().predicate(), e.key().negated(), e.key().modality());
        add(subject, direct, object);
        if (e.symmetric()) {
            add(object, direct, subject);
        }
        IRI statement = VF.createIRI(STATEMENT, e.id());
        add(statement, RDF.TYPE, RDF.STATEMENT);
        add(statement, RDF.SUBJECT, subject);
        add(statement, RDF.PREDICATE, predicate);
        add(statement, RDF.OBJECT, object);
        add(statement, RDFS.LABEL, VF.createLiteral(e.key().predicate()));
        add(statement, NEGATED, VF.createLiteral(e.key().negated()));
        add(statement, MODALITY, VF.createLiteral(e.key().modality()));
        add(statement, SYMMETRIC, VF.createLiteral(e.symmetric()));
        add(statement, DOCUMENTS, VF.createLiteral(e.documents()));
        add(statement, SENTENCES, VF.createLiteral(e.sentences()));
        add(statement, CONFIDENCE, decimal(e.confidence()));
        addIfPresent(statement, FIRST_DATE, dateLiteral(e.firstDate()));
        addIfPresent(statement, LAST_DATE, dateLiteral(e.lastDate()));
        int n = 0;
        for (Source s : e.sources()) {
            BNode source = VF.createBNode(e.id() + "-" + (++n));
            add(statement, SOURCE, source);
            add(source, RDF.TYPE, SOURCE_CLASS);
            add(source, DOCUMENT, VF.createLiteral(s.document()));
            addIfPresent(source, DOC_DATE, dateLiteral(s.docDate()));
            add(source, SENTENCE, VF.createLiteral(s.sentence()));
            add(source, START, VF.createLiteral(s.start()));
            add(source, END, VF.createLiteral(s.end()));
            addIfPresent(source, TEXT, s.text() == null ? null : VF.createLiteral(s.text()));
            addIfPresent(source, DATE, dateLiteral(s.date()));
            add(source, CONFIDENCE, decimal(s.confidence()));
            addIfPresent(source, RULE, s.rule() == null ? null : VF.createLiteral(s.rule()));
        }
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

    private void addIfPresent(Resource s, IRI p, Value o) {
        if (o != null) {
            add(s, p, o);
        }
    }

    private void add(Resource s, IRI p, Value o) {
        rdf.handleStatement(VF.createStatement(s, p, o));
    }
}
