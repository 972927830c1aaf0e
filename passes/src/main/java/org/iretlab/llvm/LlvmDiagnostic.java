package org.iretlab.llvm;

/** One diagnostic LLVM reported through a context's diagnostic handler. */
public record LlvmDiagnostic(Severity severity, String message) {
    public enum Severity {
        ERROR, WARNING, REMARK, NOTE;

        /** Maps LLVMDiagnosticSeverity (LLVMDSError = 0 ... LLVMDSNote = 3). */
        static Severity fromLlvm(int severity) {
            return switch (severity) {
                case 0 -> ERROR;
                case 1 -> WARNING;
                case 2 -> REMARK;
                default -> NOTE;
            };
        }
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase() + ": " + message;
    }
}
