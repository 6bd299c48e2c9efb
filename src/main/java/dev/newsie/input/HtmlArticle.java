package dev.newsie.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article inside a web page: its title and body paragraphs as plain text (one block per line,
 * so headlines stay sentences of their own), without menus, scripts, forms or footers; and its
 * publication date and own URL from the page's metadata when present.
 */
public final class HtmlArticle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final String NOT_ARTICLE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final Evaluator BLOCK = QueryParser.parse("h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td");
    private static final String DATE_META = "meta[property=article:published_time], meta[itemprop=datePublished], "
            + "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued], "
            + "meta[property=og:published_time], meta[name=parsely-pub-date], meta[name=sailthru.date]";

    private final String title;
    private final String text;
    private final String date;
    private final String url;

    private HtmlArticle(String title, String text, String date, String url) {
        this.title = title;
        this.text = text;
        this.date = date;
        this.url = url;
    }

    public static HtmlArticle parse(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String date = publicationDate(page);
        String url = canonicalUrl(page);
        String title = page.title().strip();
        page.select(NOT_ARTICLE).remove();
        Element root = page.selectFirst("article");
        if (root == null) {
            root = page.selectFirst("main, [role=main]");
        }
        if (root == null) {
            root = page.body();
        }
        StringBuilder sb = new StringBuilder();
        Element h1 = root == null ? null : root.selectFirst("h1");
        if (!title.isEmpty() && (h1 == null || !h1.text().strip().equals(title))) {
            sb.append(title).append("\n\n");
        }
        if (root != null) {
            for (Element block : innermostBlocks(root)) {
                String line = block.text().strip();
                if (!line.isEmpty()) {
                    sb.append(line).append("\n\n");
                }
            }
            if (sb.length() == 0 || sb.toString().strip().equals(title)) {
                sb.append(root.text().strip());
            }
        }
        return new HtmlArticle(title, sb.toString().strip() + "\n", date, url);
    }

    /**
     * The blocks (paragraphs, headings, list items...) that hold no other block, in page order; a container
     * of blocks is read through its children. One pass over the tree, whatever its depth: a page of
     * 50,000 nested quotes costs as much as 50,000 paragraphs side by side.
     */
    static List<Element> innermostBlocks(Element root) {
        List<Element> blocks = new ArrayList<>();
        List<Boolean> hasInnerBlock = new ArrayList<>();
        Deque<Integer> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && BLOCK.matches(root, e)) {
                    if (!open.isEmpty()) {
                        hasInnerBlock.set(open.peek(), true);
                    }
                    open.push(blocks.size());
                    blocks.add(e);
                    hasInnerBlock.add(false);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!open.isEmpty() && blocks.get(open.peek()) == node) {
                    open.pop();
                }
            }
        }, root);
        List<Element> innermost = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!hasInnerBlock.get(i)) {
                innermost.add(blocks.get(i));
            }
        }
        return innermost;
    }

    /** The page's own address: {@code <link rel="canonical">}, else {@code og:url}; absolute http(s) only. */
    static String canonicalUrl(org.jsoup.nodes.Document page) {
        for (Element link : page.select("link[rel][href]")) {
            for (String rel : link.attr("rel").strip().split("\\s+")) {
                String url = rel.equalsIgnoreCase("canonical") ? Urls.webPage(link.attr("href")) : null;
                if (url != null) {
                    return url;
                }
            }
        }
        for (Element meta : page.select("meta[property=og:url][content], meta[name=og:url][content]")) {
            String url = Urls.webPage(meta.attr("content"));
            if (url != null) {
                return url;
            }
        }
        return null;
    }

    /** article:published_time and its kin, then <time datetime>, then JSON-LD datePublished; YYYY-MM-DD or null. */
    static String publicationDate(org.jsoup.nodes.Document page) {
        for (Element meta : page.select(DATE_META)) {
            String d = isoDate(meta.attr("content"));
            if (d != null) {
                return d;
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            String d = jsonLdDate(script.data());
            if (d != null) {
                return d;
            }
        }
        for (Element time : page.select("time[datetime]")) {
            String d = isoDate(time.attr("datetime"));
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static String jsonLdDate(String json) {
        try {
            JsonNode node = JSON.readTree(json);
            for (JsonNode found : node.findValues("datePublished")) {
                String d = isoDate(found.asText());
                if (d != null) {
                    return d;
                }
            }
        } catch (IOException e) {
            // broken JSON-LD is common on real pages: look elsewhere
        }
        return null;
    }

    private static String isoDate(String value) {
        Matcher m = ISO_DATE.matcher(value == null ? "" : value);
        if (!m.find()) {
            return null;
        }
        try {
            return DocumentSource.checkDate(m.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String title() {
        return title;
    }

    public String text() {
        return text;
    }

    /** The page's publication date, YYYY-MM-DD, or null. */
    public String date() {
        return date;
    }

    /** The page's canonical URL, or null. */
    public String url() {
        return url;
    }
}
