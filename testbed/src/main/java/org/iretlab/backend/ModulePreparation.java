package org.iretlab.backend;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.ir.IrSourceLines;
import org.iretlab.lint.ByvalFrameCheck;
import org.iretlab.lint.LintDiagnostic;
import org.iretlab.passes.HandlerPass;
import org.iretlab.passes.Passes;
import org.iretlab.passes.TrialCompile;

/**
 * What every backend does to a module before its own codegen: the lint (what would abort LLVM is
 * refused here) and iretlab's fix passes. The embedded LLVM then generates code from the module; an
 * llc gets it printed.
 */
final class ModulePreparation {
    private ModulePreparation() {}

    /**
     * byval-frame-check on the module: its errors throw (unless the prototype check is skipped, which
     * only a worker process may survive), its warnings come back, each located at file:line.
     */
    static List<String> lint(LLVMModuleRef module, String triple, boolean skipPrototypeCheck, IrSource source, String where) {
        List<LintDiagnostic> lint = ByvalFrameCheck.check(module, triple);
        if (!skipPrototypeCheck && lint.stream().anyMatch(LintDiagnostic::isError)) {
            throw new InputException(lint.stream().filter(LintDiagnostic::isError)
                    .map(d -> locate(source, where, d) + ": error: " + d.describe())
                    .collect(Collectors.joining("\n")));
        }
        return lint.stream().filter(d -> !d.isError()).map(d -> locate(source, where, d) + ": " + d.describe()).toList();
    }

    /** Runs iretlab's fix passes on the module; what they did, or declined, comes back as lines. */
    static List<String> applyPasses(LLVMModuleRef module, String triple, String features, List<String> names,
            String where, TrialCompile trial) {
        List<String> log = new ArrayList<>();
        List<HandlerPass> passes;
        try {
            passes = Passes.byNames(names, false);
        } catch (IllegalArgumentException e) {
            throw new InputException(where + ": " + e.getMessage());
        }
        for (HandlerPass pass : passes) {
            HandlerPass.Result r = pass.run(module, triple, features, trial);
            r.changes().forEach(c -> log.add(pass.name() + ": " + c));
            r.diagnostics().forEach(d -> log.add(pass.name() + ": " + d.describe()));
            List<String> errors = r.diagnostics().stream().filter(LintDiagnostic::isError).map(LintDiagnostic::describe).toList();
            if (!errors.isEmpty()) {
                throw new InputException(where + ": error: " + String.join("\n" + where + ": error: ", errors));
            }
        }
        if (!passes.isEmpty()) {
            IrReader.verify(module, where + " after " + names);
        }
        return log;
    }

    /** Where a lint diagnostic points: file:line of the function in textual IR. */
    private static String locate(IrSource source, String where, LintDiagnostic d) {
        return source == null ? where : IrSourceLines.locate(source, d.function());
    }
}
