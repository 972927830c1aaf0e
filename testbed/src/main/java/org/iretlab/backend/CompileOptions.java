package org.iretlab.backend;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.iretlab.target.Target;

/**
 * How to compile: the target (whose null triple means the module's own) and what else llc or the
 * embedded LLVM is asked for.
 *
 * @param pipeline an LLVM new-pass-manager pipeline run before codegen (e.g. {@code default<O2>}), or null
 * @param skipPrototypeCheck compiles even what byval-frame-check refuses; only for showing what LLVM
 *     does with such input, and only safe in a worker process
 * @param passes iretlab's fix passes to apply before the pipeline, by name (see org.iretlab.passes.Passes)
 */
public record CompileOptions(Target target, String pipeline, Set<Emit> emit, boolean skipPrototypeCheck, List<String> passes) {

    /** What a compile produces. */
    public enum Emit { ASM, OBJ, IR }

    public CompileOptions {
        target = target == null ? Target.of(null) : target;
        emit = emit == null || emit.isEmpty() ? Set.of(Emit.ASM) : Set.copyOf(emit);
        passes = passes == null ? List.of() : List.copyOf(passes);
    }

    /** The target, producing these outputs, without a pipeline or passes. */
    public static CompileOptions of(Target target, Set<Emit> emit) {
        return new CompileOptions(target, null, emit, false, List.of());
    }

    /** llc's defaults for the triple (null: the module's), except the static relocation model a kernel uses; assembly only. */
    public static CompileOptions forTriple(String triple) {
        return of(Target.of(triple), Set.of(Emit.ASM));
    }

    /** The triple (null: the module's own). */
    public String triple() {
        return target.triple();
    }

    public CompileOptions withTarget(Target t) {
        return new CompileOptions(t, pipeline, emit, skipPrototypeCheck, passes);
    }

    public CompileOptions withEmit(Emit first, Emit... rest) {
        return new CompileOptions(target, pipeline, EnumSet.of(first, rest), skipPrototypeCheck, passes);
    }

    public CompileOptions withPasses(List<String> names) {
        return new CompileOptions(target, pipeline, emit, skipPrototypeCheck, names);
    }

    public CompileOptions withPipeline(String p) {
        return new CompileOptions(target, p, emit, skipPrototypeCheck, passes);
    }

    public CompileOptions withSkipPrototypeCheck(boolean skip) {
        return new CompileOptions(target, pipeline, emit, skip, passes);
    }
}
