package org.iretlab.ir;

import org.iretlab.common.InputException;
import static org.bytedeco.llvm.global.LLVM.*;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMContextRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import java.util.stream.Collectors;
import org.iretlab.lint.ByvalFrameCheck;
import org.iretlab.lint.LintDiagnostic;
import org.iretlab.llvm.Llvm;
import org.iretlab.llvm.LlvmSession;

/**
 * Parses textual IR or bitcode into the current thread's context and verifies it. Failures become
 * {@link InputException}s that carry LLVM's own message, which for text already names
 * {@code file:line:col}.
 */
public final class IrReader {
    /** What every "cannot parse this" message says, whichever LLVM failed: callers look for it. */
    public static final String UNREADABLE = "LLVM could not read this as";

    private IrReader() {}

    /** A verified module owned by the caller (dispose it with LLVMDisposeModule). */
    public static LLVMModuleRef read(IrSource source) {
        LlvmSession session = LlvmSession.current();
        try {
            return read(source, session.context());
        } finally {
            session.drainDiagnostics();
        }
    }

    /**
     * The same in a context of the caller's: one a module has to itself, whose named types are not
     * renamed after those of the modules read before it (explore's reproducible output needs that).
     */
    public static LLVMModuleRef read(IrSource source, LLVMContextRef context) {
        BytePointer data = new BytePointer(source.bytes());
        // The buffer name is what LLVM's parser prints before line:col.
        LLVMMemoryBufferRef buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(data, source.bytes().length,
                new BytePointer(source.name()));
        LLVMModuleRef module = new LLVMModuleRef();
        BytePointer error = new BytePointer();
        // LLVMParseIRInContext takes ownership of the buffer, on success and on failure.
        if (LLVMParseIRInContext(context, buffer, module, error) != 0) {
            String message = Llvm.takeMessage(error);
            throw new InputException(parseErrorMessage(source, message));
        }
        verify(module, source.name());
        return module;
    }

    /**
     * Runs LLVM's verifier; an invalid module is disposed and reported, with what byval-frame-check
     * says of it (its diagnostics name interrupt-specific causes, such as an unsized frame type).
     */
    public static void verify(LLVMModuleRef module, String name) {
        BytePointer error = new BytePointer();
        if (LLVMVerifyModule(module, LLVMReturnStatusAction, error) != 0) {
            String message = Llvm.takeMessage(error);
            String lint = ByvalFrameCheck.check(module, LLVMGetTarget(module).getString()).stream()
                    .filter(LintDiagnostic::isError).map(d -> "\n  " + d.describe()).collect(Collectors.joining());
            LLVMDisposeModule(module);
            throw new InputException(name + ": the IR does not verify: " + oneParagraph(message) + lint
                    + "\n  LLVM's verifier refuses this module; fix the IR (the message names the offending value)");
        }
        Llvm.takeMessage(error);
    }

    private static String parseErrorMessage(IrSource source, String message) {
        String text = message == null ? "(LLVM gave no message)" : message.strip();
        String kind = source.isBitcode() ? "bitcode" : "textual IR";
        // LLVM's text errors already begin "file:line:col: error:"; bitcode errors name nothing.
        String located = text.startsWith(source.name()) ? text : source.name() + ": " + text;
        return located + "\n  " + UNREADABLE + " " + kind
                + "; fix the input, or check that it was written for an LLVM this old ("
                + Llvm.version() + ")";
    }

    private static String oneParagraph(String message) {
        return message == null ? "(no message)" : message.strip().replace("\n", "\n    ");
    }
}
