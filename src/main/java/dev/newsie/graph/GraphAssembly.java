package dev.newsie.graph;

/**
 * Merged nodes and relations from parts merged elsewhere (the Spark graph job merges them across machines):
 * the same objects, through the same steps, as {@link GraphBuilder#graph()} makes from the documents in order.
 */
public final class GraphAssembly {
    private GraphAssembly() {
    }

    /** A node from its first mention (the first document to name it) and the totals over every document naming it. */
    public static GraphNode node(DocumentFacts.EntityRef first, int documents, int mentions) {
        GraphNode node = new GraphNode(first);
        node.seenIn(documents, mentions);
        return node;
    }

    /**
     * A relation from its facts in input order (document by document, each document's in its order): the first
     * fact's type, every fact's source.
     */
    public static GraphEdge edge(Iterable<DocumentFacts.Fact> facts) {
        GraphEdge edge = null;
        for (DocumentFacts.Fact fact : facts) {
            if (edge == null) {
                edge = new GraphEdge(fact.key(), fact.type());
            }
            edge.add(fact.source());
        }
        if (edge == null) {
            throw new IllegalArgumentException("a relation needs at least one fact");
        }
        return edge;
    }
}
