package dev.newsie.graph;

/**
 * One input document as the graph names it: its id (exactly as {@code newsie extract} wrote it), its IRI
 * (the source URL when the input gave one, else a newsie IRI made from the id), and its date.
 */
public record GraphDocument(String id, String iri, String url, String docDate) implements java.io.Serializable {
}
