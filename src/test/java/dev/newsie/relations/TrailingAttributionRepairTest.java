package dev.newsie.relations;

import dev.newsie.TestPipeline;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A phrase before the subject of a trailing verb of saying belongs to the reported clause. */
class TrailingAttributionRepairTest {
    @Test
    void aPhraseBeforeTheSayersSubjectIsTheReportedVerbs() {
        List<String> keys = RuleFileCases.keys(TestPipeline.extract(
                "Kenya will co-host the 2027 Africa Cup of Nations with Uganda and Tanzania, the Football Kenya Federation said."));
        assertTrue(keys.contains("Kenya|co-host with|Uganda"), keys.toString());
        assertTrue(keys.contains("Kenya|co-host with|Tanzania"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.contains("|say with|")), keys.toString());
    }

    @Test
    void aPhraseAfterTheSayersSubjectStaysTheSayers() {
        // "the foreign ministry said on Monday": a phrase after the sayer's subject stays the saying's
        List<String> keys = RuleFileCases.keys(TestPipeline.extract(
                "Kenya signed the agreement with Uganda, the foreign ministry said on Monday."));
        assertTrue(keys.contains("Kenya|sign agreement with|Uganda"), keys.toString());
        assertFalse(keys.stream().anyMatch(k -> k.contains("|say ")), keys.toString());
    }
}
