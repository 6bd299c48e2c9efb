package dev.newsie.spark;

import dev.newsie.graph.DocumentFacts;
import dev.newsie.graph.GraphAssembly;
import dev.newsie.graph.GraphBuilder;
import dev.newsie.graph.GraphEdge;
import dev.newsie.graph.GraphNode;
import dev.newsie.graph.RelationKey;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The pieces the Spark graph job moves between machines, built on {@link DocumentFacts} (what one document
 * contributes, as {@code newsie graph} computes it) and merged into the same nodes and relations as
 * {@link GraphBuilder}: a node keeps the fields of its first mention and counts the others; a relation keeps
 * its facts in input order, the first one's type. Every piece knows where it was first seen (its
 * {@link Position}), which orders the output as GraphBuilder's first-seen order does.
 */
final class GraphParts {
    private GraphParts() {
    }

    /** What reading an extraction file gives: documents' contributions, and one tally for the file. */
    sealed interface Part extends Serializable permits Contribution, Unnamed, FileTally {
    }

    /** A document's contribution, at its place in the input. */
    record Contribution(DocumentKey key, DocumentFacts facts) implements Part {
    }

    /**
     * A document without an id (newsie never writes one): {@code newsie graph} names it {@code document-N}, N counting
     * the documents before it in all the input, which only the driver knows; its JSON waits for that.
     */
    record Unnamed(DocumentKey key, String json) implements Part {
    }

    /**
     * What a file gave: its documents (error records included) and how many were skipped (error records), the line of
     * an incomplete last document, or why the file stopped the job ({@code usage}: it is not newsie/1 output).
     */
    record FileTally(DocumentKey file, String name, long documents, long skipped, long unnamed, long incompleteLine,
                     String failure, boolean usage) implements Part {
    }

    /** Where a node or relation was first seen: its document, and its place among that document's. */
    record Position(DocumentKey document, int index) implements Comparable<Position>, Serializable {
        @Override
        public int compareTo(Position other) {
            int byDocument = document.compareTo(other.document);
            return byDocument != 0 ? byDocument : Integer.compare(index, other.index);
        }
    }

    /** A node's mentions merged so far: the first mention, and the documents and mentions of all. */
    record NodePart(Position first, DocumentFacts.EntityRef entity, int documents, int mentions) implements Serializable {
        NodePart merge(NodePart other) {
            NodePart head = first.compareTo(other.first) <= 0 ? this : other;
            return new NodePart(head.first, head.entity, documents + other.documents, mentions + other.mentions);
        }

        GraphNode node() {
            return GraphAssembly.node(entity, documents, mentions);
        }
    }

    /** A fact at its place in the input. */
    record PlacedFact(Position position, DocumentFacts.Fact fact) implements Serializable {
    }

    /** A relation's facts merged so far (mutable: merging appends, so merging many documents stays linear). */
    static final class EdgePart implements Serializable {
        private Position first;
        private final List<PlacedFact> facts;

        EdgePart(PlacedFact fact) {
            this.first = fact.position();
            this.facts = new ArrayList<>(List.of(fact));
        }

        Position first() {
            return first;
        }

        /** What makes facts one relation. */
        RelationKey key() {
            return facts.get(0).fact().key();
        }

        /** Takes in another part of the same relation. */
        EdgePart absorb(EdgePart other) {
            if (other.first.compareTo(first) < 0) {
                first = other.first;
            }
            facts.addAll(other.facts);
            return this;
        }

        GraphEdge edge() {
            facts.sort(Comparator.comparing(PlacedFact::position));
            return GraphAssembly.edge(facts.stream().map(PlacedFact::fact).toList());
        }
    }

    /** The nodes a document names, each at its place in the document's list. */
    static List<NodePart> nodes(DocumentKey document, DocumentFacts facts) {
        List<NodePart> parts = new ArrayList<>(facts.entities().size());
        int index = 0;
        for (DocumentFacts.EntityRef entity : facts.entities()) {
            parts.add(new NodePart(new Position(document, index++), entity, 1, entity.mentions()));
        }
        return parts;
    }

    /** The relations a document states, each fact at its place in the document's list. */
    static List<EdgePart> edges(DocumentKey document, DocumentFacts facts) {
        List<EdgePart> parts = new ArrayList<>(facts.facts().size());
        int index = 0;
        for (DocumentFacts.Fact fact : facts.facts()) {
            parts.add(new EdgePart(new PlacedFact(new Position(document, index++), fact)));
        }
        return parts;
    }

    /** The versions of a document id read more than once: the place of the first, the contribution of the last. */
    record Versions(DocumentKey first, DocumentKey last, DocumentFacts facts) implements Serializable {
        Versions merge(Versions other) {
            DocumentKey head = first.compareTo(other.first) <= 0 ? first : other.first;
            Versions tail = last.compareTo(other.last) >= 0 ? this : other;
            return new Versions(head, tail.last, tail.facts);
        }
    }
}
