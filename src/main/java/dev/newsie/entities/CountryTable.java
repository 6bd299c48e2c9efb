package dev.newsie.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The country gazetteer of models/countries.tsv: names and aliases name a country; demonyms
 * ("Russian", "North Korean") only link something else to it. Matching is case-sensitive, on the
 * text between token boundaries, so "US" matches but "us" does not.
 */
public final class CountryTable {
    /** Longest alias, in tokens, that a lookup tries. */
    static final int MAX_TOKENS = 8;

    private final Map<String, Country> byName = new HashMap<>();
    private final Map<String, Country> byDemonym = new HashMap<>();
    private final Map<String, Country> byIso3 = new HashMap<>();
    /** Phrases that contain a country's name but do not name it ("North America"). */
    private final java.util.Set<String> notCountries = new java.util.HashSet<>();

    public static CountryTable fromTsv(List<String> lines) {
        CountryTable table = new CountryTable();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 5) {
                throw new IllegalArgumentException("country table row needs 5 tab-separated columns: " + line);
            }
            if (f[0].equals("-")) {
                table.notCountries.add(f[2]);
                continue;
            }
            Country c = new Country(f[0], f[1], f[2]);
            table.byName.put(f[2], c);
            table.byIso3.putIfAbsent(f[0], c);
            for (String alias : f[3].split("\\|")) {
                if (!alias.isBlank()) {
                    table.byName.putIfAbsent(alias, c);
                }
            }
            for (String demonym : f[4].split("\\|")) {
                if (!demonym.isBlank()) {
                    table.byDemonym.putIfAbsent(demonym, c);
                }
            }
        }
        return table;
    }

    public Country byName(String text) {
        return byName.get(text);
    }

    public boolean isNotACountry(String text) {
        return notCountries.contains(text);
    }

    public Country byDemonym(String text) {
        return byDemonym.get(text);
    }

    public Country byIso3(String iso3) {
        return byIso3.get(iso3);
    }

    /** Every demonym with its country ("Russian" -> Russia). */
    public Map<String, Country> demonyms() {
        return java.util.Collections.unmodifiableMap(byDemonym);
    }
}
