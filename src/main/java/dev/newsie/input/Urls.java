package dev.newsie.input;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Source URLs of documents: only absolute ones, since the graph uses them as document IRIs. */
final class Urls {
    private Urls() {
    }

    /**
     * The URL stripped, when it is an absolute URI (has a scheme: https:, urn:); characters a URI may not hold as
     * written (a quote, a space, a '%' that starts no escape) are percent-encoded first, as browsers do. Else null.
     */
    static String absolute(String value) {
        if (value == null) {
            return null;
        }
        String url = encodeUnsafe(value.strip());
        if (url.isEmpty() || url.chars().anyMatch(c -> c < ' ')) {
            return null;
        }
        try {
            return new URI(url).isAbsolute() ? url : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private static String encodeUnsafe(String url) {
        StringBuilder out = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            boolean escape = c == '%' && i + 2 < url.length() && isHex(url.charAt(i + 1)) && isHex(url.charAt(i + 2));
            if (c == '%' && !escape || " \"<>{}|\\^`".indexOf(c) >= 0) {
                out.append(String.format(Locale.ROOT, "%%%02X", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
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
