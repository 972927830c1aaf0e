package org.iretlab.matrix;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.iretlab.Required;
import org.iretlab.common.ExternalProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run records the commit its corpus came from, and says when the files differ from it. */
class ProvenanceTest {
    @TempDir
    Path dir;

    private void git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git", "-C", dir.toString(), "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        assertEquals(0, ExternalProcess.run(command, Duration.ofSeconds(20)).exitCode(), String.join(" ", command));
    }

    @Test
    void theCommitAndWhetherTheFilesDifferFromIt() throws Exception {
        Required.tool("git");
        assertEquals(Provenance.UNKNOWN, Provenance.commit(dir, List.of(".")), "the control: a folder outside git");
        git("init", "-q");
        Files.writeString(dir.resolve("01-case.ll"), "; id: 01\n");
        git("add", ".");
        git("commit", "-q", "-m", "a case");
        String clean = Provenance.commit(dir, List.of("."));
        assertTrue(clean.matches("[0-9a-f]{40}"), clean);
        Files.writeString(dir.resolve("01-case.ll"), "; id: 01 edited\n");
        assertEquals(clean + "+dirty", Provenance.commit(dir, List.of(".")));
    }

    @Test
    void aMatrixRunRecordsWhenItStarted() {
        Provenance p = Provenance.now(dir);
        assertEquals(Provenance.UNKNOWN, p.corpusCommit());
        assertTrue(p.date().matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ"), p.date());
    }
}
