package org.iretlab.cli;

import org.iretlab.verdict.Outcome;
import java.util.LinkedHashMap;
import java.util.Map;
import org.iretlab.backend.CompileOutcome;

/** The exit codes of every iretlab command, one meaning each. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A bug was found (for reproduce, matrix and validate-patch: an outcome differed from its expectation). */
    public static final int BUG = 1;
    /** Usage or input error: bad option, unreadable or invalid IR, a refused prototype. */
    public static final int INPUT = 2;
    /** LLVM crashed (fatal error, assertion, or its process died). */
    public static final int CRASH = 3;
    /** Undecided: the analyser met something it cannot judge. */
    public static final int UNDECIDED = 4;

    /** For --help: the list picocli prints under "Exit codes". */
    static Map<String, String> help() {
        Map<String, String> codes = new LinkedHashMap<>();
        codes.put("0", "ok");
        codes.put("1", "a bug was found (reproduce, matrix, validate-patch: an outcome differed from its expectation)");
        codes.put("2", "usage or input error");
        codes.put("3", "LLVM crashed");
        codes.put("4", "undecided (the analyser could not judge)");
        codes.put(" ", "When several apply: 3, then 1, then 4.");
        return codes;
    }

    private ExitCodes() {}

    /** The code for one compile's outcome (a hang is reported like a crash: LLVM did not finish). */
    static int of(CompileOutcome.Status status) {
        return switch (status) {
            case COMPILED -> OK;
            case REJECTED, NOT_AVAILABLE -> INPUT;
            case CRASH, TIMEOUT -> CRASH;
        };
    }

    /** The code for a cell's or a report's outcome (a hang is reported like a crash: LLVM did not finish). */
    static int of(Outcome outcome) {
        return switch (outcome) {
            case OK -> OK;
            case BUG -> BUG;
            case UNDECIDED -> UNDECIDED;
            case CRASH, TIMEOUT -> CRASH;
            case REJECTED, NOT_AVAILABLE -> INPUT;
        };
    }

    /** Combines codes of several results by the documented precedence: 3, then 1, then 4, then 2. */
    static int combine(int a, int b) {
        int[] order = {CRASH, BUG, UNDECIDED, INPUT};
        for (int code : order) {
            if (a == code || b == code) {
                return code;
            }
        }
        return OK;
    }
}
