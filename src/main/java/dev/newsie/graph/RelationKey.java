package dev.newsie.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two stated relations the same merged relation: the canonical relation type (and the title, for
 * a position held), never the words, so "met", "met with" and "held talks with" merge. Negation and
 * modality are part of the key, so "Putin will visit North Korea" and "Putin did not visit North Korea"
 * never count as evidence for "Putin visited North Korea". {@code role} is null except for positions.
 */
public record RelationKey(String subject, String relation, String role, String object, boolean negated, String modality)
        implements java.io.Serializable {

    /** A stable statement id (same key, same id in every run and every batch): RDF statement IRIs, Neo4j relationship ids. */
    public String statementId() {
        return "s-" + hash(subject, relation, role == null ? "" : role, object, Boolean.toString(negated), modality);
    }

    static String hash(String... parts) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.join("\u0000", parts).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
