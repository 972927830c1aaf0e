package org.iretlab.analysis;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.llvm.InterruptHandlers;
import org.iretlab.passes.TrialCompile;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/** The passes' trial compile: the backend's object of the module as it is, judged by the analyser. */
public final class AnalyserTrial implements TrialCompile {
    private final Function<LLVMModuleRef, byte[]> objectOf;
    private final String triple;
    private final String features;

    /** @param objectOf compiles the module (without changing it) on the target backend */
    public AnalyserTrial(Function<LLVMModuleRef, byte[]> objectOf, String triple, String features) {
        this.objectOf = objectOf;
        this.triple = triple;
        this.features = features;
    }

    @Override
    public Set<String> findingKinds(LLVMModuleRef module, String handler) {
        InterruptHandlers.Prototype prototype = InterruptHandlers.of(module).stream()
                .filter(p -> p.name().equals(handler)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no handler @" + handler + " in the module"));
        List<FunctionVerdict> verdicts = StaticCheck.judge(ObjectDecoder.decode(objectOf.apply(module), triple), features,
                List.of(StaticCheck.Handler.of(prototype)),
                CheckOptions.defaults(), List.of());
        Set<String> kinds = new TreeSet<>();
        verdicts.forEach(v -> v.kinds().stream().map(FindingKind::id).forEach(kinds::add));
        return kinds;
    }
}
