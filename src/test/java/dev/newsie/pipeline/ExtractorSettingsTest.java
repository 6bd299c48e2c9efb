package dev.newsie.pipeline;

import dev.newsie.TestPipeline;
import dev.newsie.entities.EntityType;
import dev.newsie.settings.SettingsException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Settings that must agree with each other or with a lexicon stop start-up, naming the setting and the words. */
class ExtractorSettingsTest {

    @TempDir
    Path temp;

    @Test
    void theCheckoutsModelsStartAndSettingsThatDisagreeStopStartUp() throws IOException {
        TestPipeline.extractor(); // CoreNLP caches loaded models: these extractors reuse the fixture's
        assertNotNull(new Extractor(Models.fromDirectory(copyOfModels("ok")), EnumSet.allOf(EntityType.class)));

        assertRefused("titles", "relations.properties", "title.dateline.fieldHeads = secretary",
                "title.dateline.fieldHeads = secretary,spokesman", "'title.dateline.fieldHeads' lists spokesman");
        assertRefused("genders", "entities.properties", "person.gender.femalePronouns = she,her,hers,herself",
                "person.gender.femalePronouns = she,her,hers,herself,his", "share his");
        assertRefused("companies", "entities.properties", "organization.companyDescriptions = company,",
                "organization.companyDescriptions = company,outfit,", "'organization.companyDescriptions' lists outfit");
        assertRefused("expelling", "relations.properties", "proxy.expellingVerbs = oust,remove", "proxy.expellingVerbs = oust,remove,ousts",
                "'proxy.expellingVerbs' names ousts");
        assertRefused("kinds", "entities.properties", "aviation=airline,", "aviation=aviator,", "'organization.kindModifiers' names aviator");
        assertRefused("tails", "entities.properties", "organization.shortName.innerTails = music",
                "organization.shortName.innerTails = music,group", "organization.shortName.innerTails");
    }

    /** A copy of the models with one setting changed stops start-up with a message that names what is wrong. */
    private void assertRefused(String name, String file, String from, String to, String named) throws IOException {
        Path models = copyOfModels(name);
        replace(models.resolve(file), from, to);
        SettingsException refused = assertThrows(SettingsException.class,
                () -> new Extractor(Models.fromDirectory(models), EnumSet.allOf(EntityType.class)));
        assertTrue(refused.getMessage().contains(named), refused.getMessage());
    }

    private Path copyOfModels(String name) throws IOException {
        Path target = temp.resolve(name);
        try (Stream<Path> files = Files.walk(TestPipeline.MODELS)) {
            for (Path from : files.toList()) {
                Path to = target.resolve(TestPipeline.MODELS.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return target;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }
}
