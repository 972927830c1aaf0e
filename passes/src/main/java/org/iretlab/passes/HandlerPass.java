package org.iretlab.passes;

import java.util.List;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.lint.LintDiagnostic;

/**
 * One of iretlab's proposed fixes, applied to a module's x86_intrcc functions at IR level (so it
 * serves every LLVM version that reads the IR). Each pass documents what it guarantees, on which
 * versions, its preconditions, and the evidence behind its mechanism.
 */
public interface HandlerPass {

    /** The name the command line takes, e.g. {@code stack-realign-32}. */
    String name();

    /**
     * Applies the pass to the module in place; {@code features} are the compile's target features,
     * {@code trial} judges a handler before (and after) it is changed.
     */
    Result run(LLVMModuleRef module, String triple, String features, TrialCompile trial);

    /**
     * @param changes what the pass changed, one line each (empty: the module needed nothing)
     * @param diagnostics what it refused to do or could not fix, with the reason
     */
    record Result(List<String> changes, List<LintDiagnostic> diagnostics) {}
}
