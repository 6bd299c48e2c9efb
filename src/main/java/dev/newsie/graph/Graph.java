package dev.newsie.graph;

import java.util.Collection;

/** The merged graph: nodes and relations in first-seen order, and what was read to build it. */
public record Graph(Collection<GraphNode> nodes, Collection<GraphEdge> edges, long documents, long skipped) {
}
