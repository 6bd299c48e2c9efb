package dev.newsie.graph;

import java.util.Collection;

/**
 * The merged graph: nodes and relations in first-seen order, the documents it was built from (each with its
 * own contribution, for the per-document outputs), and how many input records were skipped.
 */
public record Graph(Collection<GraphNode> nodes, Collection<GraphEdge> edges, Collection<DocumentFacts> documents, long skipped) {
}
