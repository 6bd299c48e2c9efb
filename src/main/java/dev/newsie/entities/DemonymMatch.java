package dev.newsie.entities;

/**
 * A nationality adjective ("Russian") that can tie a person or thing to its country. {@code standsAlone} marks a
 * word that names the country's people or government by itself when it is an argument of a relation: a plural
 * demonym ("Palestinians") or a seat of government ("Moscow said"); it is never a title's country ("Moscow Mayor").
 */
public record DemonymMatch(Country country, Mention mention, boolean standsAlone) {
    public DemonymMatch(Country country, Mention mention) {
        this(country, mention, false);
    }
}
