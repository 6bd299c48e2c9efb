package dev.newsie.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Source URLs of documents: only absolute ones, since the graph uses them as document IRIs. */
final class Urls {
    private Urls() {
    }

    /** The URL stripped, when it is an absolute URI (has a scheme: https:, urn:) and well formed; else null. */
    static String absolute(String value) {
        if (value == null) {
            return null;
        }
        String url = value.strip();
        if (url.isEmpty() || url.chars().anyMatch(c -> c <= ' ' || c == '"' || c == '<' || c == '>')) {
            return null;
        }
        try {
            return new URI(url).isAbsolute() ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    /** A page's own address: an absolute http(s) URL with a host, else null (relative canonical links are dropped). */
    static String webPage(String value) {
        String url = absolute(value);
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? url : null;
    }
}
