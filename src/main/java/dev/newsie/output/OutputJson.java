package dev.newsie.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsie.entities.Country;

/** What the document writers share: how they serialize, and how a country is written. */
final class OutputJson {
    private OutputJson() {
    }

    /** A mapper that leaves the target open (the writer owns it), one object per line unless {@code pretty}. */
    static ObjectMapper mapper(boolean pretty) {
        ObjectMapper mapper = new ObjectMapper();
        mapper.configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false);
        if (pretty) {
            mapper.enable(SerializationFeature.INDENT_OUTPUT);
        }
        return mapper;
    }

    /** {@code "country": {"iso3", "wikidata", "name"}} on {@code n}. */
    static void putCountry(ObjectNode n, Country country) {
        ObjectNode c = n.putObject("country");
        c.put("iso3", country.iso3());
        c.put("wikidata", country.wikidata());
        c.put("name", country.name());
    }
}
