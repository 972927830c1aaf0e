package org.iretlab.analysis;

import java.util.Map;
import java.util.Set;

/**
 * The user's overrides of the target facts; null (or empty) keeps the default.
 *
 * @param calleeStackAlign {@code --callee-stack-align N}
 * @param calleeModel {@code --callee-model M}: what a callee nothing else is known of may change
 * @param registerFile {@code --cpu-state x87,sse,avx,avx512}
 * @param calleeModels {@code --callee-model SYMBOL=M}: what that callee may change, whatever else is known of it
 * @param noReturn {@code --noreturn SYMBOL}: calls to it do not come back
 */
public record CheckOptions(Integer calleeStackAlign, CalleeModel calleeModel, Set<TargetFacts.RegisterFile> registerFile,
        Map<String, CalleeModel> calleeModels, Set<String> noReturn) {

    public CheckOptions {
        calleeModels = Map.copyOf(calleeModels);
        noReturn = Set.copyOf(noReturn);
    }

    public CheckOptions(Integer calleeStackAlign, CalleeModel calleeModel, Set<TargetFacts.RegisterFile> registerFile) {
        this(calleeStackAlign, calleeModel, registerFile, Map.of(), Set.of());
    }

    public static CheckOptions defaults() {
        return new CheckOptions(null, null, Set.of());
    }

    /** The facts of a handler on a triple with the handler's own features, with these overrides applied. */
    public TargetFacts facts(String triple, String features, boolean errorCode) {
        TargetFacts f = TargetFacts.defaults(triple, features, errorCode);
        if (calleeStackAlign != null) {
            f = f.withCalleeStackAlign(calleeStackAlign);
        }
        f = f.withCallees(new CalleeFacts(calleeModel == null ? CalleeModel.ABI : calleeModel, calleeModels, noReturn, Map.of(), triple));
        if (registerFile != null && !registerFile.isEmpty()) {
            f = f.withRegisterFile(registerFile);
        }
        return f;
    }

    /** The facts of one handler: these overrides, and what its IR says of its locals and its callees. */
    public TargetFacts facts(String triple, String features, StaticCheck.Handler handler) {
        TargetFacts f = facts(triple, features, handler.errorCode()).withOverAligned(handler.overAligned());
        return f.withCallees(f.callees().withIr(handler.callees()));
    }
}
