package dev.newsie.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What makes two stated relations the same merged relation. Negation and modality are part of the key, so
 * "Putin will visit North Korea" and "Putin did not visit North Korea" never count as evidence for
 * "Putin visited North Korea".
 */
public record RelationKey(String subject, String predicate, String object, boolean negated, String modality) {

    /** A stable statement id (same key, same id in every run), used for RDF statement nodes and CSV rows. */
    public String statementId() {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(
                    String.join("\u0000", subject, predicate, object, Boolean.toString(negated), modality)
                            .getBytes(StandardCharsets.UTF_8));
            return "s-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
