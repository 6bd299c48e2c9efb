package dev.newsie.cli;

import dev.newsie.input.InputError;
import dev.newsie.output.ExtractionResult;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProgressTest {
    private static ExtractionResult ok(int tokens) {
        return new ExtractionResult("d", null, "none", List.of(), List.of(), null, tokens, null, null, null);
    }

    @Test
    void onATerminalAProgressLineAndAlwaysASummaryWithFailuresByKind() throws InterruptedException {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), true);
        progress.countInBackground(() -> 4);
        Thread.sleep(200);
        progress.pipelineLoaded();
        progress.add(ok(100));
        progress.add(ExtractionResult.failed("x", null, "none", new InputError("binary", "b")));
        progress.add(ExtractionResult.failed("y", null, "none", new InputError("timeout", "t")));
        progress.finish(false);
        String text = out.toString();
        assertTrue(text.startsWith("\r1/4 documents,"), text);
        assertTrue(text.contains("ETA"), text);
        assertTrue(text.contains("newsie: 3 documents, 2 failed {binary=1, timeout=1}, 100 tokens in"), text);
    }

    @Test
    void inAPipeOnlyTheSummaryAndWithQuietNothing() {
        StringWriter out = new StringWriter();
        Progress progress = new Progress(new PrintWriter(out), false);
        progress.add(ok(5));
        progress.finish(true);
        assertEquals("", out.toString());
        progress.finish(false);
        assertTrue(out.toString().startsWith("newsie: 1 documents, 0 failed, 5 tokens"), out.toString());
    }
}
