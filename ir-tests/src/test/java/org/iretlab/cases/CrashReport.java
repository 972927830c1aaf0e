package org.iretlab.cases;

import java.util.regex.Pattern;

/**
 * Whether a command's terminal output holds what a user must never see: a Java stack trace, or the
 * JVM's own crash report. iretlab's note naming the crash log it kept for a dead worker (a CRASH
 * cell's message: "(JVM crash log: .../hs_err_PID.log)") is
 * not one: it is where the user is told to look (docs/reliability.md).
 */
final class CrashReport {
    private static final Pattern KEPT_LOG_NOTE = Pattern.compile("\\(JVM crash log: [^)\\n]*\\)");

    private CrashReport() {}

    static boolean shown(String output) {
        String said = KEPT_LOG_NOTE.matcher(output).replaceAll("");
        return said.contains("\tat ") || said.contains("Exception in thread") || said.contains("hs_err")
                || said.contains("A fatal error has been detected by the Java Runtime Environment");
    }
}
