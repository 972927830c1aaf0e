package org.iretlab.decode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.iretlab.common.InputException;
import org.iretlab.target.Triples;

/**
 * Decodes the functions of an x86 ELF object or executable with the embedded LLVM's disassembler,
 * whichever compiler or linker produced it.
 */
public final class ObjectDecoder {
    private ObjectDecoder() {}

    /**
     * Every function symbol (STT_FUNC, or a symbol in an executable section with a size) of the
     * object, decoded. triple may be null: then derived from the ELF header (i386 ->
     * "i386-unknown-none", x86-64 -> "x86_64-unknown-none").
     *
     * @throws InputException when elf is not an x86 ELF object or executable, or is malformed
     */
    public static DecodedObject decode(byte[] elf, String triple) {
        return decode(elf, triple, "object");
    }

    /** As {@link #decode(byte[], String)}, naming the input {@code name} in error messages. */
    public static DecodedObject decode(byte[] elf, String triple, String name) {
        Objects.requireNonNull(elf, "elf");
        if (triple != null && !Triples.isX86(triple)) {
            throw new InputException(name + ": triple '" + triple
                    + "' is not x86: give an i386 or x86_64 triple, or none to take it from the ELF header");
        }
        ElfImage image;
        LlvmObjectFile.Contents contents;
        try (LlvmObjectFile object = LlvmObjectFile.open(elf, name)) {
            // Validate by hand before asking LLVM anything that could end the process.
            image = ElfImage.read(elf, name);
            contents = object.read(image);
        }
        if (contents.symbols().size() != Math.max(0, image.symbols().size() - 1)
                || contents.sections().size() != image.sections().size()) {
            throw new IllegalStateException(name + ": LLVM lists " + contents.sections().size() + " sections and "
                    + contents.symbols().size() + " symbols where the ELF header has " + image.sections().size()
                    + " and " + image.symbols().size());
        }
        String decodeTriple = triple != null ? triple : image.defaultTriple();
        boolean is64 = Triples.is64Bit(decodeTriple);
        FunctionSymbols functions = FunctionSymbols.find(image, contents, name);
        InstructionSymbols symbols = new InstructionSymbols(image, contents, functions);
        JumpTables tables = new JumpTables(image, contents, is64);
        List<DecodedFunction> decoded = new ArrayList<>();
        try (X86Disassembler disassembler = X86Disassembler.forTriple(decodeTriple, name)) {
            for (FunctionSymbols.FunctionSymbol f : functions.all()) {
                decoded.add(decode(f, contents.sections().get(f.section()), disassembler, symbols, tables, is64));
            }
        }
        return new DecodedObject(decodeTriple, is64, decoded);
    }

    private static DecodedFunction decode(FunctionSymbols.FunctionSymbol function, LlvmObjectFile.Section section,
            X86Disassembler disassembler, InstructionSymbols symbols, JumpTables tables, boolean is64) {
        byte[] code = section.contents();
        int start = (int) (function.address() - section.address());
        int end = start + (int) function.size();
        List<DecodedInstruction> instructions = new ArrayList<>();
        for (int at = start; at < end; ) {
            long address = function.address() + (at - start);
            X86Disassembler.Decoded d = disassembler.decode(code, at, end, address);
            byte[] bytes = Arrays.copyOfRange(code, at, at + d.length());
            Long target = d.text().equals(DecodedInstruction.BAD) ? null : BranchEncoding.target(bytes, address, is64);
            instructions.add(new DecodedInstruction(address, bytes, d.text(), target,
                    symbols.symbolFor(function.section(), address, d.length(), target), List.of()));
            at += d.length();
        }
        Map<Long, List<Long>> switches = tables.of(function, instructions);
        instructions.replaceAll(i -> switches.containsKey(i.address()) ? i.withTableTargets(switches.get(i.address())) : i);
        return new DecodedFunction(function.name(), function.address(), function.size(), instructions);
    }
}
