package dev.newsie.graph;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Stable identities for graph nodes. The same canonical name gives the same id in every run and every
 * document, so graphs built at different times join on these ids without a lookup table.
 */
public final class NodeIds {
    /** Countries are Wikidata entities: the world's shared id, never one newsie invents. */
    public static final String WIKIDATA_ENTITY = "http://www.wikidata.org/entity/";
    /** People, organizations and countries without a Wikidata id live in newsie's own namespace. */
    public static final String NEWSIE_ID = "https://newsie.dev/id/";
    /** Documents without a source URL: the id, percent-encoded. */
    public static final String NEWSIE_DOCUMENT = "https://newsie.dev/doc/";

    private NodeIds() {
    }

    /**
     * The node id of an entity: {@code wd:Q423} for a country with a Wikidata id, otherwise
     * {@code person:vladimir-putin} (type, then the normalized canonical name). The type is part of the id
     * because a person and a company may share a name ("Ford").
     */
    public static String of(String type, String name, String wikidata, String iso3) {
        if ("COUNTRY".equals(type)) {
            if (wikidata != null && !wikidata.isBlank()) {
                return "wd:" + wikidata.trim();
            }
            if (iso3 != null && !iso3.isBlank()) {
                return "country:" + iso3.trim().toLowerCase(Locale.ROOT);
            }
        }
        return type.toLowerCase(Locale.ROOT) + ":" + slug(name);
    }

    /** The IRI for a node id: Wikidata for {@code wd:} ids, newsie's namespace for the rest. */
    public static String iri(String nodeId) {
        if (nodeId.startsWith("wd:")) {
            return WIKIDATA_ENTITY + nodeId.substring(3);
        }
        int colon = nodeId.indexOf(':');
        return NEWSIE_ID + nodeId.substring(0, colon) + "/" + nodeId.substring(colon + 1);
    }

    /**
     * A document's IRI: its source URL when the input gave an absolute http(s) one, else
     * {@code https://newsie.dev/doc/} and the id percent-encoded (every character but letters, digits and
     * {@code -._~}, as UTF-8), so the id can be read back exactly: {@code samples/a;b.txt} ->
     * {@code https://newsie.dev/doc/samples%2Fa%3Bb.txt}.
     */
    public static String documentIri(String id, String url) {
        if (isWebAddress(url)) {
            return url;
        }
        return NEWSIE_DOCUMENT + escape(id);
    }

    static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        try {
            java.net.URI uri = new java.net.URI(url);
            String scheme = uri.getScheme();
            return uri.isAbsolute() && uri.getHost() != null
                    && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /** RFC 3986 percent-encoding of everything but unreserved characters; "." and ".." too, which IRI resolution would drop. */
    public static String escape(String id) {
        StringBuilder out = new StringBuilder();
        for (byte b : id.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean unreserved = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
                    || c == '-' || c == '_' || c == '~' || c == '.' && !id.equals(".") && !id.equals("..");
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }

    /**
     * Lower case, accents dropped, every run of other characters a single hyphen: "Kim Jong-un" and
     * "Kim Jong Un" both become {@code kim-jong-un}, "Société Générale" becomes {@code societe-generale}.
     */
    public static String slug(String name) {
        String plain = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        for (int i = 0; i < plain.length(); ) {
            int c = plain.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    out.append('-');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.length() == 0 ? "unnamed" : out.toString();
    }
}
