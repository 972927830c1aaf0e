package org.iretlab.passes;

import java.util.Set;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

/**
 * A trial compile on the target backend, judged by the analyser: what a pass asks before it
 * changes a handler, so that handlers which need nothing stay exactly as they were. The testbed
 * implements it (passes/ depends on LLVM only).
 */
public interface TrialCompile {
    /** The finding kinds (their ids, e.g. {@code misaligned-call-site}) of one handler of the module as it is now. */
    Set<String> findingKinds(LLVMModuleRef module, String handler);
}
