package org.iretlab.analysis;

import java.util.Set;

/**
 * The user's overrides of the target facts; null (or empty) keeps the default.
 *
 * @param calleeStackAlign {@code --callee-stack-align N}
 * @param calleeModel {@code --callee-model M}
 * @param registerFile {@code --cpu-state x87,sse,avx,avx512}
 */
public record CheckOptions(Integer calleeStackAlign, CalleeModel calleeModel, Set<TargetFacts.RegisterFile> registerFile) {

    public static CheckOptions defaults() {
        return new CheckOptions(null, null, Set.of());
    }

    /** The facts of a handler on a triple with the handler's own features, with these overrides applied. */
    public TargetFacts facts(String triple, String features, boolean errorCode) {
        TargetFacts f = TargetFacts.defaults(triple, features, errorCode);
        if (calleeStackAlign != null) {
            f = f.withCalleeStackAlign(calleeStackAlign);
        }
        if (calleeModel != null) {
            f = f.withCalleeModel(calleeModel);
        }
        if (registerFile != null && !registerFile.isEmpty()) {
            f = f.withRegisterFile(registerFile);
        }
        return f;
    }
}
