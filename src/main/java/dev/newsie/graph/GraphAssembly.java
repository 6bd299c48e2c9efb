package dev.newsie.graph;

import java.util.List;

/**
 * Builds merged nodes and relations from parts merged elsewhere (the Spark graph job merges them across
 * machines): the same objects, through the same steps, as {@link GraphBuilder} makes from one stream.
 */
public final class GraphAssembly {
    private GraphAssembly() {
    }

    /** A node named in {@code documents} documents, {@code mentions} times in all; the fields are those of the first. */
    public static GraphNode node(String id, String type, String name, String iso3, String wikidata, long documents, long mentions) {
        GraphNode node = new GraphNode(id, type, name, iso3, wikidata);
        for (long d = 0; d < documents; d++) {
            node.seenIn(d, d == 0 ? Math.toIntExact(mentions) : 0);
        }
        return node;
    }

    /** A relation from its sources, grouped by document, documents in input order. */
    public static GraphEdge edge(RelationKey key, boolean symmetric, List<List<Source>> sourcesByDocument) {
        GraphEdge edge = new GraphEdge(key, symmetric);
        long ordinal = 0;
        for (List<Source> sources : sourcesByDocument) {
            for (Source source : sources) {
                edge.add(ordinal, source);
            }
            ordinal++;
        }
        return edge;
    }
}
