package dev.newsie.input;

/** How an input is read: by file extension (auto), as one plain-text document, or as JSON Lines records. */
public enum InputFormat {
    auto, text, jsonl
}
