package dev.newsie.input;

import java.util.Locale;

/** How an input is read: by file extension (auto), as one plain-text document, as JSON Lines records, or as a web page. */
public enum InputFormat {
    auto, text, jsonl, html;

    /** The format a file name implies (a trailing .gz is looked through); null when no known extension. */
    public static InputFormat ofFileName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson")) {
            return jsonl;
        }
        if (n.endsWith(".html") || n.endsWith(".htm")) {
            return html;
        }
        if (n.endsWith(".txt")) {
            return text;
        }
        return null;
    }
}
