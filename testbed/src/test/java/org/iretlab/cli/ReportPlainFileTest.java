package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iretlab.upstream.BundleCheck;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `iretlab report FILE` on a plain handler: what can be known, and what a case header would add. */
class ReportPlainFileTest {
    @Test
    void aPlainHandlerGetsAReportOfWhatCanBeKnownAndTheHeaderKeysItLacks(@TempDir Path dir) throws Exception {
        Path ll = Files.writeString(dir.resolve("call32.ll"), MatrixOwnFilesTest.CALL32);
        Cli r = Cli.run("report", ll.toString(), "--no-oracle", "--llvm", "llc-16,llc-19", "--kind",
                "misaligned-call-site");
        assertEquals(ExitCodes.OK, r.exit(), r::toString);
        String md = r.out();
        assertEquals(List.of(), BundleCheck.problems(md), md);
        assertTrue(md.contains("define x86_intrcc void @h("), "the IR: " + md);
        assertTrue(md.contains("llc -mtriple=i686-unknown-linux-gnu"), "the llc line: " + md);
        assertTrue(md.lines().anyMatch(l -> l.contains("calll bar") && l.contains("misaligned-call-site:")),
                "the flagged call marked, on LLVM 16: " + md);
        assertTrue(md.contains("LLVM 19.1.7 does not"), "the newest LLVM without the kind named: " + md);
        assertTrue(md.contains("| call32 | i686-unknown-linux-gnu | BUG: **misaligned-call-site**"), "the outcome per LLVM: " + md);
        assertTrue(md.contains("N/A: the execution oracle was not asked for"), md);
        assertTrue(md.contains("Not stated: the file has no case header"), md);
        assertTrue(md.contains("### What a case header would add"), md);
        for (String key : List.of("`id, title`", "`upstream`", "`wrong, correct`", "`subject`", "`expect, after-fix, oracle`", "`gcc`")) {
            assertTrue(md.contains("- " + key + ":"), key + " in " + md);
        }
        assertFalse(r.err().contains("Exception"), r::toString);
    }
}
