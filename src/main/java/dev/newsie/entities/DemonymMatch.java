package dev.newsie.entities;

/** A nationality adjective ("Russian") that can tie a person or thing to its country. */
public record DemonymMatch(Country country, Mention mention) {
}
