package dev.newsie.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article inside a web page: its title and body paragraphs as plain text (one block per line,
 * so headlines stay sentences of their own), without menus, scripts, forms or footers; and its
 * publication date from the page's metadata when present.
 */
public final class HtmlArticle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
    private static final String NOT_ARTICLE = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
            + "svg, button, [role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]";
    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, figcaption, pre, td";
    private static final String DATE_META = "meta[property=article:published_time], meta[itemprop=datePublished], "
            + "meta[name=pubdate], meta[name=publishdate], meta[name=date], meta[name=dc.date], meta[name=DC.date.issued], "
            + "meta[property=og:published_time], meta[name=parsely-pub-date], meta[name=sailthru.date]";

    private final String title;
    private final String text;
    private final String date;

    private HtmlArticle(String title, String text, String date) {
        this.title = title;
        this.text = text;
        this.date = date;
    }

    public static HtmlArticle parse(String html) {
        org.jsoup.nodes.Document page = Jsoup.parse(html);
        String date = publicationDate(page);
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
            for (Element block : root.select(BLOCKS)) {
                if (!block.select(BLOCKS).isEmpty() && block.select(BLOCKS).size() > 1) {
                    continue; // a container of blocks: its children are read one by one
                }
                String line = block.text().strip();
                if (!line.isEmpty()) {
                    sb.append(line).append("\n\n");
                }
            }
            if (sb.length() == 0 || sb.toString().strip().equals(title)) {
                sb.append(root.text().strip());
            }
        }
        return new HtmlArticle(title, sb.toString().strip() + "\n", date);
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
}
