package dev.newsie.spark;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsie.graph.Graph;
import dev.newsie.graph.GraphAssembly;
import dev.newsie.graph.GraphBuilder;
import dev.newsie.graph.GraphEdge;
import dev.newsie.graph.GraphNode;
import dev.newsie.graph.RelationKey;
import dev.newsie.graph.Source;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What one document adds to the merged graph, in pieces Spark can merge in any order and on any machine,
 * and still give what {@link GraphBuilder} gives reading the documents one after another: each document
 * runs through a GraphBuilder of its own; a node keeps the fields of its first document and counts the
 * others; a relation keeps its sources by document, in input order; nodes and relations keep the place
 * where they were first seen, which orders the output.
 */
final class GraphParts {
    private GraphParts() {
    }

    /** One of the pieces a document (or a file) gives. */
    sealed interface Part extends Serializable permits NodePart, EdgePart, Tally {
    }

    /** Where a node or relation was first seen: its document, and its place among that document's. */
    record Position(DocumentKey document, int index) implements Comparable<Position>, Serializable {
        @Override
        public int compareTo(Position other) {
            int byDocument = document.compareTo(other.document);
            return byDocument != 0 ? byDocument : Integer.compare(index, other.index);
        }
    }

    record NodePart(String id, Position first, String type, String name, String iso3, String wikidata, long documents,
                    long mentions) implements Part {
        NodePart merge(NodePart other) {
            NodePart head = first.compareTo(other.first) <= 0 ? this : other;
            return new NodePart(id, head.first, head.type, head.name, head.iso3, head.wikidata, documents + other.documents,
                    mentions + other.mentions);
        }

        GraphNode node() {
            return GraphAssembly.node(id, type, name, iso3, wikidata, documents, mentions);
        }
    }

    /** What makes relations the same merged relation ({@link RelationKey}, as a value Spark can ship). */
    record EdgeId(String subject, String predicate, String object, boolean negated, String modality) implements Serializable {
        RelationKey key() {
            return new RelationKey(subject, predicate, object, negated, modality);
        }
    }

    /** A {@link Source}, as a value Spark can ship. */
    record SourceRow(String document, String docDate, int sentence, int start, int end, String text, String date,
                     double confidence, String rule) implements Serializable {
        static SourceRow of(Source s) {
            return new SourceRow(s.document(), s.docDate(), s.sentence(), s.start(), s.end(), s.text(), s.date(), s.confidence(), s.rule());
        }

        Source source() {
            return new Source(document, docDate, sentence, start, end, text, date, confidence, rule);
        }
    }

    /** The sources of a relation in one document. */
    record DocumentSources(DocumentKey document, List<SourceRow> sources) implements Serializable {
    }

    /** A relation's sources from one document, or merged from several (then mutable: see {@link #absorb}). */
    static final class EdgePart implements Part {
        private final EdgeId id;
        private Position first;
        private boolean symmetric;
        private final List<DocumentSources> documents;

        EdgePart(EdgeId id, Position first, boolean symmetric, List<DocumentSources> documents) {
            this.id = id;
            this.first = first;
            this.symmetric = symmetric;
            this.documents = new ArrayList<>(documents);
        }

        EdgeId id() {
            return id;
        }

        Position first() {
            return first;
        }

        /** Takes in another part of the same relation; appends (no copying), so merging many documents stays linear. */
        EdgePart absorb(EdgePart other) {
            if (other.first.compareTo(first) < 0) {
                first = other.first;
                symmetric = other.symmetric;
            }
            documents.addAll(other.documents);
            return this;
        }

        GraphEdge edge() {
            documents.sort(Comparator.comparing(DocumentSources::document));
            List<List<Source>> byDocument = new ArrayList<>(documents.size());
            for (DocumentSources d : documents) {
                byDocument.add(d.sources().stream().map(SourceRow::source).toList());
            }
            return GraphAssembly.edge(id.key(), symmetric, byDocument);
        }
    }

    /** How many documents a file added and skipped (error records), or why it could not be read. */
    record Tally(long documents, long skipped, String failure) implements Part {
        static final Tally EMPTY = new Tally(0, 0, null);

        Tally plus(Tally other) {
            return new Tally(documents + other.documents, skipped + other.skipped, failure != null ? failure : other.failure);
        }
    }

    /** The parts one newsie/1 document adds: its nodes and relations, or a skip; {@code key} is its place in the input. */
    static List<Part> of(JsonNode doc, DocumentKey key) {
        GraphBuilder builder = new GraphBuilder();
        builder.add(doc);
        Graph graph = builder.graph();
        List<Part> parts = new ArrayList<>();
        if (graph.skipped() > 0) {
            parts.add(new Tally(0, 1, null));
            return parts;
        }
        parts.add(new Tally(1, 0, null));
        int index = 0;
        for (GraphNode n : graph.nodes()) {
            parts.add(new NodePart(n.id(), new Position(key, index++), n.type(), n.name(), n.iso3(), n.wikidata(), n.documents(), n.mentions()));
        }
        index = 0;
        for (GraphEdge e : graph.edges()) {
            RelationKey k = e.key();
            List<SourceRow> sources = e.sources().stream().map(SourceRow::of).toList();
            parts.add(new EdgePart(new EdgeId(k.subject(), k.predicate(), k.object(), k.negated(), k.modality()),
                    new Position(key, index++), e.symmetric(), List.of(new DocumentSources(key, new ArrayList<>(sources)))));
        }
        return parts;
    }
}
