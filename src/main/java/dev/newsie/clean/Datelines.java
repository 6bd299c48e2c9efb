package dev.newsie.clean;

import dev.newsie.settings.SettingsException;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Wire datelines ("TALLINN, Sept 5 (Reuters) - Estonia on Thursday ordered ...", "KYIV, Ukraine (AP) — Russia and
 * Ukraine exchanged ..."). The parser reads the place as the lede's subject ("OTTAWA ... spoke", with the real subject
 * in apposition), so the dateline's dash is made a full stop before tagging: the place and the agency become a
 * sentence of their own. The text keeps its length, so every offset still points into the input as given.
 */
public final class Datelines {
    private static final Pattern LINE = Pattern.compile("(?m)^.*$");
    private static final List<String> GROUPS = List.of("place", "region", "separator", "body");

    /** A dateline: its place ("KYIV"), region if any ("Ukraine"), and where its separator and the text after it start. */
    public record Found(String place, String region, int separatorStart, int separatorEnd, int bodyStart) {
    }

    private final Pattern line;
    private final int lines;

    /** {@code line} matches a whole, trimmed line with the named groups place, region, separator and body. */
    public Datelines(Pattern line, int lines, String settingName) {
        for (String group : GROUPS) {
            if (!line.pattern().contains("(?<" + group + ">")) {
                throw new SettingsException("setting '" + settingName + "' needs the named group '" + group + "'");
            }
        }
        this.line = line;
        this.lines = lines;
    }

    /** The datelines among the text's first non-empty lines, in text order. */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        int seen = 0;
        Matcher l = LINE.matcher(text);
        while (l.find()) {
            if (l.group().isBlank()) {
                continue;
            }
            if (++seen > lines) {
                break;
            }
            String stripped = l.group().strip();
            Matcher m = line.matcher(stripped);
            if (m.matches()) {
                int at = l.start() + l.group().indexOf(stripped);
                found.add(new Found(m.group("place"), m.group("region"), at + m.start("separator"), at + m.end("separator"),
                        at + m.start("body")));
            }
        }
        return found;
    }

    /** The text with each dateline's separator made a full stop (and blanks): same length as {@code text}. */
    public static String breakOff(String text, List<Found> datelines) {
        if (datelines.isEmpty()) {
            return text;
        }
        char[] out = text.toCharArray();
        for (Found d : datelines) {
            out[d.separatorStart()] = '.';
            for (int i = d.separatorStart() + 1; i < d.separatorEnd(); i++) {
                out[i] = ' ';
            }
        }
        return new String(out);
    }
}
