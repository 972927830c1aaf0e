package org.iretlab.lint;

/**
 * One finding of a lint check about the IR.
 *
 * @param check the check's name, e.g. {@code byval-frame-check}
 * @param rule the specific rule inside the check, e.g. {@code returns-value}
 * @param severity an error refuses codegen; a warning travels with the result
 * @param function the IR function it is about (without the {@code @})
 * @param message one line saying what is wrong and what to do
 * @param llvmFatalError the LLVM fatal error this input would reach in codegen, or null
 * @param prevents the wrong code the rule prevents when LLVM would compile the input, or null
 */
public record LintDiagnostic(String check, String rule, Severity severity, String function, String message,
        String llvmFatalError, String prevents) {

    public enum Severity { ERROR, WARNING }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The diagnostic as one line: {@code @h: message (what it prevents) [check/rule]}. */
    public String describe() {
        String why = llvmFatalError != null ? " (LLVM would abort with \"LLVM ERROR: " + llvmFatalError + "\")"
                : prevents != null ? " (prevents: " + prevents + ")" : "";
        return "@" + function + ": " + message + why + " [" + check + "/" + rule + "]";
    }
}
