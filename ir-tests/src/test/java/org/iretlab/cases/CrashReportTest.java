package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** FuzzIT's check of the terminal: a stack trace or the JVM's crash report is caught, iretlab's note of a kept log is not. */
class CrashReportTest {
    @Test
    void theJvmsReportAndStackTracesAreCaughtTheKeptLogsNoteIsNot() {
        String note = "x.bc [i386-unknown-none]: CRASH\n  the worker exited with status 1 (JVM crash log: "
                + "~/.cache/iretlab/crash-logs/hs_err_24428.log); a new worker died on this input too (2 times)\n";
        assertFalse(CrashReport.shown(note), "iretlab's CRASH message names the log it kept");
        assertTrue(CrashReport.shown(note + "# An error report file with more information is saved as:\n# /tmp/hs_err_pid9.log\n"));
        assertTrue(CrashReport.shown("#\n# A fatal error has been detected by the Java Runtime Environment:\n#\n"));
        assertTrue(CrashReport.shown("Exception in thread \"main\" java.lang.IllegalStateException\n\tat org.iretlab.X.y(X.java:1)\n"));
    }
}
