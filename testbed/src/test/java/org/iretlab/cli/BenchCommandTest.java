package org.iretlab.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The bench command runs and reports every workload; its numbers are for docs, not for asserting. */
class BenchCommandTest {
    @Test
    void benchCompileReportsEachWorkload() {
        Cli r = Cli.run("bench", "compile", "-n", "3", "--warmup", "1", "--no-llc");
        assertEquals(0, r.exit(), r::toString);
        for (String workload : new String[] {"build+verify+emit asm (spec)", "parse .ll+verify+emit asm",
                "parse .ll+default<O2>+emit asm", "build+verify+emit ELF object (spec)",
                "decode+analyse the ELF object (static verdict)"}) {
            assertTrue(r.out().lines().anyMatch(l -> l.startsWith(workload) && l.matches(".*\\s3\\s+\\d+\\.\\d{3}.*")),
                    () -> workload + " missing:\n" + r);
        }
        assertTrue(r.out().contains("load average before:"), r::toString);
    }

    @Test
    void benchRefusesZeroModules() {
        assertEquals(ExitCodes.INPUT, Cli.run("bench", "compile", "-n", "0").exit());
    }
}
