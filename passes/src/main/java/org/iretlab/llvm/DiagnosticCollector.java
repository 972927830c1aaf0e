package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMDiagnosticHandler;
import org.bytedeco.llvm.LLVM.LLVMDiagnosticInfoRef;

/**
 * The diagnostic handler every LLVM context of ours carries. Without one, LLVM prints errors from
 * codegen and inline assembly and may call exit(1), taking the JVM with it; with one, they arrive
 * here and the caller decides (errors fail the compile, warnings travel with the result).
 */
public final class DiagnosticCollector {
    // IR without debug info has no location; LLVM then prefixes "<unknown>:0:0: ", which says nothing.
    private final List<LlvmDiagnostic> diagnostics = new ArrayList<>();
    // Held in a field: the native side keeps only a raw pointer to this callback.
    private final LLVMDiagnosticHandler handler = new LLVMDiagnosticHandler() {
        @Override
        public void call(LLVMDiagnosticInfoRef info, Pointer context) {
            String text = Llvm.takeMessage(LLVMGetDiagInfoDescription(info));
            diagnostics.add(new LlvmDiagnostic(
                    LlvmDiagnostic.Severity.fromLlvm(LLVMGetDiagInfoSeverity(info)),
                    text == null ? "(no message)" : text.replaceFirst("^<unknown>:0:0: ", "")));
        }
    };

    public void installOn(LLVMContextRef context) {
        LLVMContextSetDiagnosticHandler(context, handler, null);
    }

    /** Returns what was collected since the last drain and forgets it. */
    public List<LlvmDiagnostic> drain() {
        List<LlvmDiagnostic> out = List.copyOf(diagnostics);
        diagnostics.clear();
        return out;
    }
}
