package org.iretlab.backend;

import java.util.List;
import org.iretlab.lint.FrameStores;
import org.iretlab.llvm.InterruptHandlers;
import org.iretlab.target.Target;

/**
 * What a successful compile produced. Absent outputs (not asked for) are null.
 *
 * @param backend the backend's name, e.g. {@code embedded-20}
 * @param llvmVersion the exact LLVM version string of that backend
 * @param target what the code was generated for: the triple (the module's own when none was asked), CPU, features, ...
 * @param warnings LLVM's warnings, shown to the user with the result
 * @param handlers the x86_intrcc functions the module defines
 * @param droppedFrameStores stores to a handler's frame that the IR pipeline removed
 * @param passLog what the fix passes changed, or declined to change and why
 */
public record CompileResult(String backend, String llvmVersion, Target target, String asm, byte[] object, String ir,
        List<String> warnings, List<InterruptHandlers.Prototype> handlers, List<FrameStores.Store> droppedFrameStores,
        List<String> passLog) {

    public CompileResult {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
        handlers = handlers == null ? List.of() : List.copyOf(handlers);
        droppedFrameStores = droppedFrameStores == null ? List.of() : List.copyOf(droppedFrameStores);
        passLog = passLog == null ? List.of() : List.copyOf(passLog);
    }

    /** The triple the code was generated for. */
    public String triple() {
        return target.triple();
    }
}
