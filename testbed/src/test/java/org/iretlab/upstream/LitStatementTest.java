package org.iretlab.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * An exported test's statement lines name Debian's llcs by version and a user's llc (a patched
 * build) by name, and read back the same, in order; the sentence export-lit prints says the same.
 */
class LitStatementTest {
    private static final String HEADER = String.join("\n",
            "; iretlab: fails with LLVM 16 (16.0.6), which shows misaligned-stack-access",
            "; iretlab: fails with LLVM 19 (19.1.7), which shows misaligned-stack-access",
            "; iretlab: fails with llc-src19 (19.1.7), which shows misaligned-stack-access",
            "; iretlab: passes with llc-intr32-xmm-csr-slots (19.1.7)",
            "; a title that says: iretlab: passes with LLVM 22 (22.1.8)",
            "");

    @Test
    void debianLlcsByVersionAndAUsersLlcByName() {
        Map<String, Boolean> said = LitExporter.statement(HEADER);
        assertEquals(List.of("LLVM 16", "LLVM 19", "llc-src19", "llc-intr32-xmm-csr-slots"), List.copyOf(said.keySet()));
        assertEquals(List.of(false, false, false, true), List.copyOf(said.values()));
    }

    @Test
    void theSentenceGroupsVersionsAndNamesUsersLlcs() {
        Map<String, Boolean> passes = new LinkedHashMap<>(LitExporter.statement(HEADER));
        var export = new LitExporter.LitExport("t.ll", HEADER, "llc-intr32-xmm-csr-slots", passes);
        assertEquals("CHECK lines from llc-intr32-xmm-csr-slots's output; under lit it passes with llc-intr32-xmm-csr-slots"
                + " and fails with LLVM 16, 19 and llc-src19", export.toString());
        // The control: Debian's versions alone read as before.
        var debian = new LitExporter.LitExport("t.ll", "", "llc-19", new LinkedHashMap<>(Map.of("LLVM 19", true)));
        assertEquals("CHECK lines from llc-19's output; under lit it passes with LLVM 19", debian.toString());
    }
}
