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

        Path titles = copyOfModels("titles");
        replace(titles.resolve("relations.properties"), "title.dateline.fieldHeads = secretary", "title.dateline.fieldHeads = secretary,spokesman");
        SettingsException notStateTitle = assertThrows(SettingsException.class,
                () -> new Extractor(Models.fromDirectory(titles), EnumSet.allOf(EntityType.class)));
        assertTrue(notStateTitle.getMessage().contains("'title.dateline.fieldHeads' lists spokesman"), notStateTitle.getMessage());

        Path genders = copyOfModels("genders");
        replace(genders.resolve("entities.properties"), "person.gender.femalePronouns = she,her,hers,herself",
                "person.gender.femalePronouns = she,her,hers,herself,his");
        SettingsException shared = assertThrows(SettingsException.class,
                () -> new Extractor(Models.fromDirectory(genders), EnumSet.allOf(EntityType.class)));
        assertTrue(shared.getMessage().contains("share his"), shared.getMessage());

        Path companies = copyOfModels("companies");
        replace(companies.resolve("entities.properties"), "organization.companyDescriptions = company,",
                "organization.companyDescriptions = company,outfit,");
        SettingsException notDescription = assertThrows(SettingsException.class,
                () -> new Extractor(Models.fromDirectory(companies), EnumSet.allOf(EntityType.class)));
        assertTrue(notDescription.getMessage().contains("'organization.companyDescriptions' lists outfit"), notDescription.getMessage());

        Path expelling = copyOfModels("expelling");
        replace(expelling.resolve("relations.properties"), "proxy.expellingVerbs = oust,remove", "proxy.expellingVerbs = oust,remove,ousts");
        SettingsException notStaffing = assertThrows(SettingsException.class,
                () -> new Extractor(Models.fromDirectory(expelling), EnumSet.allOf(EntityType.class)));
        assertTrue(notStaffing.getMessage().contains("'proxy.expellingVerbs' names ousts"), notStaffing.getMessage());

        Path kinds = copyOfModels("kinds");
        replace(kinds.resolve("entities.properties"), "aviation=airline,", "aviation=aviator,");
        SettingsException notKind = assertThrows(SettingsException.class,
                () -> new Extractor(Models.fromDirectory(kinds), EnumSet.allOf(EntityType.class)));
        assertTrue(notKind.getMessage().contains("'organization.kindModifiers' names aviator"), notKind.getMessage());

        Path tails = copyOfModels("tails");
        replace(tails.resolve("entities.properties"), "organization.shortName.innerTails = music", "organization.shortName.innerTails = music,group");
        SettingsException bothTails = assertThrows(SettingsException.class,
                () -> new Extractor(Models.fromDirectory(tails), EnumSet.allOf(EntityType.class)));
        assertTrue(bothTails.getMessage().contains("organization.shortName.innerTails"), bothTails.getMessage());
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
