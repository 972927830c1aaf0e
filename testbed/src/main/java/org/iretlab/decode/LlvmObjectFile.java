package org.iretlab.decode;

import static org.bytedeco.llvm.global.LLVM.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.javacpp.Pointer;
import org.bytedeco.llvm.LLVM.LLVMBinaryRef;
import org.bytedeco.llvm.LLVM.LLVMMemoryBufferRef;
import org.bytedeco.llvm.LLVM.LLVMRelocationIteratorRef;
import org.bytedeco.llvm.LLVM.LLVMSectionIteratorRef;
import org.bytedeco.llvm.LLVM.LLVMSymbolIteratorRef;
import org.iretlab.common.InputException;
import org.iretlab.llvm.Llvm;

/**
 * An ELF opened with LLVM's object-file C API. {@link #read} copies what the decoder needs into Java
 * so that {@link #close} can free every LLVM object straight away.
 */
final class LlvmObjectFile implements AutoCloseable {
    /** contents: null unless the section was asked for. Names: empty when LLVM gives none. */
    record Section(int index, String name, long address, long size, byte[] contents) {}

    /** index: the ELF symbol index (the C API skips the null symbol 0). */
    record Symbol(int index, String name, long address, long size) {}

    /** ordinal: position within relocationSection; symbolName: null when the relocation has no symbol. */
    record Relocation(int relocationSection, int ordinal, long offset, long type, String symbolName) {}

    record Contents(List<Section> sections, List<Symbol> symbols, List<Relocation> relocations) {}

    private final LLVMMemoryBufferRef buffer;
    private final LLVMBinaryRef binary;

    private LlvmObjectFile(LLVMMemoryBufferRef buffer, LLVMBinaryRef binary) {
        this.buffer = buffer;
        this.binary = binary;
    }

    static LlvmObjectFile open(byte[] elf, String where) {
        Llvm.ensureInitialised();
        LLVMMemoryBufferRef buffer;
        // LLVM copies both; a zero-sized BytePointer would be a null pointer, hence at least one byte.
        try (BytePointer bytes = new BytePointer(Math.max(1, elf.length)); BytePointer name = new BytePointer(where)) {
            bytes.put(elf);
            buffer = LLVMCreateMemoryBufferWithMemoryRangeCopy(bytes, elf.length, name);
        }
        BytePointer error = new BytePointer((Pointer) null);
        LLVMBinaryRef binary = LLVMCreateBinary(buffer, null, error);
        if (isNull(binary)) {
            LLVMDisposeMemoryBuffer(buffer);
            String message = Llvm.takeMessage(error);
            throw new InputException(hasElfMagic(elf)
                    ? where + ": malformed ELF (LLVM: " + message + "): give the object as the compiler or linker wrote it"
                    : where + ": not an ELF object (LLVM: " + message + "): give an object file or executable");
        }
        int type = LLVMBinaryGetType(binary);
        if (type != LLVMBinaryTypeELF32L && type != LLVMBinaryTypeELF64L) {
            LLVMDisposeBinary(binary);
            LLVMDisposeMemoryBuffer(buffer);
            throw new InputException(where + ": not an ELF object: LLVM reads it as " + kind(type));
        }
        return new LlvmObjectFile(buffer, binary);
    }

    /**
     * Sections (with contents for {@code code}), symbols, and the relocations of {@code image}'s code
     * relocation sections. Ask only what {@code image} has validated: the C API kills the process on
     * a malformed table.
     */
    Contents read(ElfImage image) {
        Set<Integer> code = image.codeSections();
        Set<Integer> codeRelocations = image.codeRelocations().stream().map(ElfImage.Section::index).collect(Collectors.toSet());
        List<Section> sections = new ArrayList<>();
        List<Relocation> relocations = new ArrayList<>();
        LLVMSectionIteratorRef it = LLVMObjectFileCopySectionIterator(binary);
        if (!isNull(it)) {
            try {
                for (int index = 0; LLVMObjectFileIsSectionIteratorAtEnd(binary, it) == 0; index++) {
                    long size = LLVMGetSectionSize(it);
                    byte[] contents = code.contains(index) ? copy(LLVMGetSectionContents(it), size) : null;
                    sections.add(new Section(index, string(LLVMGetSectionName(it)), LLVMGetSectionAddress(it), size, contents));
                    if (codeRelocations.contains(index)) {
                        relocations.addAll(relocations(it, index));
                    }
                    LLVMMoveToNextSection(it);
                }
            } finally {
                LLVMDisposeSectionIterator(it);
            }
        }
        return new Contents(sections, symbols(), relocations);
    }

    private List<Symbol> symbols() {
        List<Symbol> symbols = new ArrayList<>();
        LLVMSymbolIteratorRef it = LLVMObjectFileCopySymbolIterator(binary);
        if (isNull(it)) {
            return symbols;
        }
        try {
            for (int index = 1; LLVMObjectFileIsSymbolIteratorAtEnd(binary, it) == 0; index++) {
                symbols.add(new Symbol(index, string(LLVMGetSymbolName(it)), LLVMGetSymbolAddress(it), LLVMGetSymbolSize(it)));
                LLVMMoveToNextSymbol(it);
            }
        } finally {
            LLVMDisposeSymbolIterator(it);
        }
        return symbols;
    }

    private List<Relocation> relocations(LLVMSectionIteratorRef section, int index) {
        List<Relocation> relocations = new ArrayList<>();
        LLVMRelocationIteratorRef it = LLVMGetRelocations(section);
        try {
            for (int ordinal = 0; LLVMIsRelocationIteratorAtEnd(section, it) == 0; ordinal++) {
                LLVMSymbolIteratorRef symbol = LLVMGetRelocationSymbol(it);
                String name;
                try {
                    name = LLVMObjectFileIsSymbolIteratorAtEnd(binary, symbol) != 0 ? null : string(LLVMGetSymbolName(symbol));
                } finally {
                    LLVMDisposeSymbolIterator(symbol);
                }
                // The numeric type: LLVMGetRelocationTypeName returns a string without a terminating NUL.
                relocations.add(new Relocation(index, ordinal, LLVMGetRelocationOffset(it), LLVMGetRelocationType(it), name));
                LLVMMoveToNextRelocation(it);
            }
        } finally {
            LLVMDisposeRelocationIterator(it);
        }
        return relocations;
    }

    @Override
    public void close() {
        LLVMDisposeBinary(binary);
        LLVMDisposeMemoryBuffer(buffer);
    }

    private static boolean hasElfMagic(byte[] bytes) {
        return bytes.length >= 4 && bytes[0] == 0x7f && bytes[1] == 'E' && bytes[2] == 'L' && bytes[3] == 'F';
    }

    private static byte[] copy(BytePointer contents, long size) {
        byte[] bytes = new byte[(int) size];
        if (size > 0) {
            contents.capacity(size).get(bytes);
        }
        return bytes;
    }

    /** The C API gives no name as null or as "". */
    private static String string(BytePointer p) {
        return isNull(p) ? "" : p.getString();
    }

    private static boolean isNull(Pointer p) {
        return p == null || p.isNull();
    }

    /** What LLVM took the file for, and what to give instead. */
    private static String kind(int type) {
        if (type == LLVMBinaryTypeArchive) {
            return "an archive: extract the member with ar x";
        }
        if (type == LLVMBinaryTypeIR) {
            return "LLVM IR bitcode: compile it first";
        }
        if (type == LLVMBinaryTypeELF32B || type == LLVMBinaryTypeELF64B) {
            return "big-endian ELF, which is not x86: give an x86 ELF object file or executable";
        }
        if (type == LLVMBinaryTypeCOFF) {
            return "a COFF object (Windows, UEFI), and iretlab reads only ELF: compile it for an ELF triple such as "
                    + "x86_64-pc-windows-elf (the same Windows target, in an ELF object) or i686-unknown-linux-gnu";
        }
        if (type == LLVMBinaryTypeMachO32L || type == LLVMBinaryTypeMachO64L || type == LLVMBinaryTypeMachOUniversalBinary) {
            return "a Mach-O object (Apple's systems), and iretlab reads only ELF: compile it for an ELF triple such as "
                    + "x86_64-unknown-linux-gnu or x86_64-unknown-none";
        }
        return "LLVMBinaryType " + type + ", not ELF: give an ELF object file or executable";
    }

}
