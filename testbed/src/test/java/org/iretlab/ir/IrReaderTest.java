package org.iretlab.ir;

import org.iretlab.common.InputException;
import static org.bytedeco.llvm.global.LLVM.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.CompileOptions;
import org.iretlab.backend.CompileResult;
import org.iretlab.backend.EmbeddedCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IrReaderTest {
    private static final String HANDLER = """
            target triple = "x86_64-unknown-none"

            define x86_intrcc void @h(ptr byval(i8) %frame) {
              ret void
            }
            """;

    @Test
    void malformedTextNamesFileLineAndColumnWithLlvmsMessage() {
        IrSource bad = IrSource.ofText("bad.ll", """
                target triple = "x86_64-unknown-none"

                define x86_intrcc void @h(ptr byval(i8) %frame) {
                  ret i32 %nope
                }
                """);
        InputException e = assertThrows(InputException.class, () -> IrReader.read(bad));
        assertTrue(e.getMessage().startsWith("bad.ll:4:7: error: value doesn't match function result type 'void'"),
                e.getMessage());
        assertTrue(e.getMessage().contains("LLVM could not read this as textual IR"), e.getMessage());
    }

    @Test
    void unverifiableModuleCarriesTheVerifiersMessage() {
        // Parses, but x86_intrcc requires byval on parameter 0 (LLVM 12 and later).
        IrSource noByval = IrSource.ofText("nobyval.ll", """
                target triple = "x86_64-unknown-none"

                define x86_intrcc void @h(ptr %frame) {
                  ret void
                }
                """);
        InputException e = assertThrows(InputException.class, () -> IrReader.read(noByval));
        assertTrue(e.getMessage().startsWith("nobyval.ll: the IR does not verify: "), e.getMessage());
        assertTrue(e.getMessage().contains("Calling convention parameter requires byval"), e.getMessage());
    }

    @Test
    void bitcodeIsReadAndCompilesLikeItsText(@TempDir Path dir) throws Exception {
        Path bc = dir.resolve("h.bc");
        Files.write(bc, bitcodeOf(HANDLER));
        IrSource source = IrSource.read(bc);
        assertTrue(source.isBitcode());
        EmbeddedCompiler compiler = new EmbeddedCompiler("embedded-test");
        CompileResult fromBitcode = compiler.compile(source, CompileOptions.forTriple(null));
        CompileResult fromText = compiler.compile(IrSource.ofText("h.ll", HANDLER), CompileOptions.forTriple(null));
        assertTrue(fromBitcode.asm().contains("iretq"), fromBitcode.asm());
        AsmNormaliser normaliser = AsmNormaliser.standard();
        assertEquals(normaliser.normaliseToText(fromText.asm()), normaliser.normaliseToText(fromBitcode.asm()));
    }

    @Test
    void truncatedBitcodeIsAnInputErrorNotACrash(@TempDir Path dir) throws Exception {
        byte[] whole = bitcodeOf(HANDLER);
        byte[] half = java.util.Arrays.copyOf(whole, whole.length / 2);
        Path bc = Files.write(dir.resolve("half.bc"), half);
        InputException e = assertThrows(InputException.class, () -> IrReader.read(IrSource.read(bc)));
        assertTrue(e.getMessage().startsWith(bc.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains("could not read this as bitcode"), e.getMessage());
    }

    @Test
    void missingFileSaysSo(@TempDir Path dir) {
        InputException e = assertThrows(InputException.class, () -> IrSource.read(dir.resolve("nope.ll")));
        assertTrue(e.getMessage().endsWith("nope.ll: no such file: give the path of a .ll or .bc file"), e.getMessage());
    }

    @Test
    void functionLinesAreFoundForDiagnostics() {
        IrSource s = IrSource.ofText("f.ll", HANDLER + "\ndeclare void @\"quoted name\"()\n");
        assertEquals("f.ll:3", IrSourceLines.locate(s, "h"));
        assertEquals("f.ll:7", IrSourceLines.locate(s, "quoted name"));
        assertEquals("f.ll", IrSourceLines.locate(s, "absent"));
    }

    @Test
    void bitcodeMagicIsRecognised() {
        assertTrue(new IrSource("x.bc", new byte[] {'B', 'C', (byte) 0xC0, (byte) 0xDE, 0}).isBitcode());
        assertTrue(!IrSource.ofText("x.ll", "BC").isBitcode());
        assertArrayEquals(new byte[0], new IrSource("e", new byte[0]).bytes());
    }

    /** Bitcode written by the embedded LLVM from the text. */
    private static byte[] bitcodeOf(String text) {
        LLVMModuleRef module = IrReader.read(IrSource.ofText("src.ll", text));
        try {
            LLVMMemoryBufferRef buffer = LLVMWriteBitcodeToMemoryBuffer(module);
            try {
                byte[] out = new byte[(int) LLVMGetBufferSize(buffer)];
                BytePointer start = LLVMGetBufferStart(buffer);
                start.get(out);
                return out;
            } finally {
                LLVMDisposeMemoryBuffer(buffer);
            }
        } finally {
            LLVMDisposeModule(module);
        }
    }
}
