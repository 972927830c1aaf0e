package org.iretlab.decode;

import static org.bytedeco.llvm.global.LLVM.*;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import org.bytedeco.llvm.LLVM.LLVMDisasmContextRef;
import org.iretlab.common.InputException;
import org.iretlab.llvm.Llvm;

/** LLVM's disassembler for one triple, AT&T syntax; the triple alone decides 16/32/64-bit decoding. */
final class X86Disassembler implements AutoCloseable {
    record Decoded(int length, String text) {}

    private static final int MAX_INSTRUCTION = 15;
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    // LLVM returns a leading lock/xacquire/xrelease byte as an instruction of its own; the CPU does not.
    private static final Set<String> PREFIX_ONLY = Set.of("lock", "xacquire", "xrelease");

    private final LLVMDisasmContextRef context;
    private final byte[] out = new byte[256];

    private X86Disassembler(LLVMDisasmContextRef context) {
        this.context = context;
    }

    static X86Disassembler forTriple(String triple, String where) {
        Llvm.ensureInitialised();
        LLVMDisasmContextRef context = LLVMCreateDisasm(triple, null, 0, null, null);
        if (context == null || context.isNull()) {
            throw new InputException(where + ": LLVM has no disassembler for triple '" + triple
                    + "': give an x86 triple such as i386-unknown-none or x86_64-unknown-none");
        }
        return new X86Disassembler(context);
    }

    /** The instruction at {@code offset}, never reading at or past {@code end}; (bad) of length 1 if none. */
    Decoded decode(byte[] code, int offset, int end, long address) {
        Decoded one = decodeOne(code, offset, end, address);
        if (one.length() == 1 && PREFIX_ONLY.contains(one.text()) && offset + 1 < end) {
            Decoded rest = decode(code, offset + 1, end, address + 1);
            if (!rest.text().equals(DecodedInstruction.BAD)) {
                return new Decoded(1 + rest.length(), one.text() + " " + rest.text());
            }
        }
        return one;
    }

    private Decoded decodeOne(byte[] code, int offset, int end, long address) {
        byte[] window = Arrays.copyOfRange(code, offset, Math.min(end, offset + MAX_INSTRUCTION));
        out[0] = 0;
        int length = (int) LLVMDisasmInstruction(context, window, window.length, address, out, out.length);
        if (length <= 0) {
            return new Decoded(1, DecodedInstruction.BAD);
        }
        int n = 0;
        while (n < out.length && out[n] != 0) {
            n++;
        }
        String text = BLANKS.matcher(new String(out, 0, n, StandardCharsets.UTF_8).trim()).replaceAll(" ");
        return new Decoded(length, text);
    }

    @Override
    public void close() {
        LLVMDisasmDispose(context);
    }
}
