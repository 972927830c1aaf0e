package org.iretlab.backend;

/**
 * How a compile ended. Exactly one of: compiled (with a result), refused (REJECTED: our lint or
 * LLVM said no, with the diagnostic), LLVM aborted (CRASH: its message), it hung (TIMEOUT), or this
 * backend cannot do it here (NOT_AVAILABLE: the reason, e.g. the LLVM to run the passes in is not installed).
 */
public record CompileOutcome(Status status, CompileResult result, String message) {

    public enum Status { COMPILED, REJECTED, CRASH, TIMEOUT, NOT_AVAILABLE }

    public static CompileOutcome compiled(CompileResult result) {
        return new CompileOutcome(Status.COMPILED, result, null);
    }

    public static CompileOutcome rejected(String message) {
        return new CompileOutcome(Status.REJECTED, null, message);
    }

    public static CompileOutcome crash(String message) {
        return new CompileOutcome(Status.CRASH, null, message);
    }

    public static CompileOutcome timeout(String message) {
        return new CompileOutcome(Status.TIMEOUT, null, message);
    }

    public static CompileOutcome notAvailable(String reason) {
        return new CompileOutcome(Status.NOT_AVAILABLE, null, reason);
    }

    public boolean compiled() {
        return status == Status.COMPILED;
    }
}
