package dev.newsie.entities;

/** A row of the country table: ISO 3166-1 alpha-3 code, Wikidata id and common English short name. */
public record Country(String iso3, String wikidata, String name) {
}
