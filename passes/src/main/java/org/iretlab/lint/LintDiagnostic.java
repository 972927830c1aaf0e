package org.iretlab.lint;

/**
 * One finding of a lint check about the IR.
 *
 * @param check the check's name, e.g. {@code byval-frame-check}
 * @param rule the specific rule inside the check, e.g. {@code returns-value}
 * @param function the IR function it is about (without the {@code @})
 * @param message one line saying what is wrong and what to do
 * @param llvmFatalError the LLVM fatal error this input would reach in codegen, or null when
 *     LLVM would compile it (the refusal is then ours, not LLVM's)
 */
public record LintDiagnostic(String check, String rule, String function, String message, String llvmFatalError) {

    /** The diagnostic as one line: {@code @h: message [check/rule]}. */
    public String describe() {
        String fatal = llvmFatalError == null ? "" : " (LLVM would abort with \"LLVM ERROR: " + llvmFatalError + "\")";
        return "@" + function + ": " + message + fatal + " [" + check + "/" + rule + "]";
    }
}
