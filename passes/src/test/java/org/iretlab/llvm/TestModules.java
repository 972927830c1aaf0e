package org.iretlab.llvm;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;

/** Parses IR text for the passes' tests, without verifying it (some tests need invalid modules). */
public final class TestModules {
    private TestModules() {}

    public static LLVMModuleRef parse(String name, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        var buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(new BytePointer(bytes), bytes.length, new BytePointer(name));
        LLVMModuleRef module = new LLVMModuleRef();
        BytePointer error = new BytePointer();
        if (LLVMParseIRInContext(LlvmSession.current().context(), buffer, module, error) != 0) {
            throw new AssertionError(name + ": " + Llvm.takeMessage(error));
        }
        return module;
    }

    public static String print(LLVMModuleRef module) {
        return Llvm.takeMessage(LLVMPrintModuleToString(module));
    }
}
