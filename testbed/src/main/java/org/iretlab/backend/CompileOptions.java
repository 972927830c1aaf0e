package org.iretlab.backend;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iretlab.llvm.TargetMachineKey;
import org.iretlab.target.Target;

/**
 * How to compile, in llc's terms. A null triple means the module's own.
 *
 * @param pipeline an LLVM new-pass-manager pipeline run before codegen (e.g. {@code default<O2>}), or null
 * @param softFloat adds the {@code +soft-float} feature: no FP registers at all
 * @param skipPrototypeCheck compiles even what byval-frame-check refuses; only for showing what LLVM
 *     does with such input, and only safe in a worker process
 * @param passes iretlab's fix passes to apply before the pipeline, by name (see org.iretlab.passes.Passes)
 */
public record CompileOptions(String triple, String cpu, String features, int optLevel, String codeModel,
        String relocationModel, boolean softFloat, String pipeline, Set<Emit> emit, boolean skipPrototypeCheck,
        List<String> passes) {

    /** What a compile produces. */
    public enum Emit { ASM, OBJ, IR }

    public CompileOptions {
        cpu = cpu == null ? "" : cpu;
        features = features == null ? "" : features;
        codeModel = codeModel == null ? "default" : codeModel;
        relocationModel = relocationModel == null ? "static" : relocationModel;
        emit = emit == null || emit.isEmpty() ? Set.of(Emit.ASM) : Set.copyOf(emit);
        passes = passes == null ? List.of() : List.copyOf(passes);
    }

    /** The options without the fix passes (kept for records built before passes existed). */
    public CompileOptions(String triple, String cpu, String features, int optLevel, String codeModel,
            String relocationModel, boolean softFloat, String pipeline, Set<Emit> emit, boolean skipPrototypeCheck) {
        this(triple, cpu, features, optLevel, codeModel, relocationModel, softFloat, pipeline, emit, skipPrototypeCheck,
                List.of());
    }

    /** llc's defaults for the triple, except the static relocation model a kernel uses; assembly only. */
    public static CompileOptions forTriple(String triple) {
        return new CompileOptions(triple, "", "", 2, "default", "static", false, null, Set.of(Emit.ASM), false);
    }

    /** These options for the target's triple, CPU and features. */
    public CompileOptions forTarget(Target t) {
        return new CompileOptions(t.triple(), t.cpu(), t.features(), optLevel, codeModel, relocationModel, softFloat, pipeline, emit,
                skipPrototypeCheck, passes);
    }

    public CompileOptions withEmit(Emit first, Emit... rest) {
        return new CompileOptions(triple, cpu, features, optLevel, codeModel, relocationModel, softFloat, pipeline,
                EnumSet.of(first, rest), skipPrototypeCheck, passes);
    }

    public CompileOptions withPasses(List<String> names) {
        return new CompileOptions(triple, cpu, features, optLevel, codeModel, relocationModel, softFloat, pipeline, emit,
                skipPrototypeCheck, names);
    }

    public CompileOptions withPipeline(String p) {
        return new CompileOptions(triple, cpu, features, optLevel, codeModel, relocationModel, softFloat, p, emit,
                skipPrototypeCheck, passes);
    }

    public CompileOptions withSkipPrototypeCheck(boolean skip) {
        return new CompileOptions(triple, cpu, features, optLevel, codeModel, relocationModel, softFloat, pipeline,
                emit, skip, passes);
    }

    /** The features LLVM sees: the user's plus +soft-float when asked. */
    public String effectiveFeatures() {
        if (!softFloat) {
            return features;
        }
        return features.isEmpty() ? "+soft-float" : features + ",+soft-float";
    }

    TargetMachineKey targetMachineKey(String effectiveTriple) {
        return new TargetMachineKey(effectiveTriple, cpu, effectiveFeatures(), optLevel, codeModel, relocationModel);
    }
}
