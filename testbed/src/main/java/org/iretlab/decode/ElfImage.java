package org.iretlab.decode;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iretlab.common.InputException;

/**
 * The ELF facts LLVM's object-file C API does not offer (class and machine, section type, flags,
 * link and info, symbol type and section index, relocation symbol index and addend), read by hand.
 *
 * <p>Reading also validates every table the C API will be asked about. The C API answers a malformed
 * string table, symbol table or relocation section with report_fatal_error, which ends the JVM; here
 * the same defect becomes an {@link InputException} before LLVM sees the question.
 */
final class ElfImage {
    static final int EM_386 = 3;
    static final int EM_IAMCU = 6;
    static final int EM_X86_64 = 62;
    static final int STT_FUNC = 2;
    static final int STT_SECTION = 3;
    static final int STT_FILE = 4;
    static final int STT_GNU_IFUNC = 10;
    private static final int ET_REL = 1;
    private static final int SHT_SYMTAB = 2;
    private static final int SHT_STRTAB = 3;
    private static final int SHT_RELA = 4;
    private static final int SHT_NOBITS = 8;
    private static final int SHT_REL = 9;
    private static final int SHT_DYNSYM = 11;
    private static final int SHT_SYMTAB_SHNDX = 18;
    private static final int SHT_CREL = 0x40000014;
    private static final long SHF_EXECINSTR = 0x4;
    static final int STB_WEAK = 2;
    private static final int SHN_UNDEF = 0;
    private static final int SHN_LORESERVE = 0xff00;
    private static final int SHN_COMMON = 0xfff2;
    private static final int SHN_XINDEX = 0xffff;

    record Section(int index, int type, long flags, long offset, long size, int link, int info, long entrySize) {
        boolean hasContents() {
            return type != SHT_NOBITS;
        }

        boolean isExecutable() {
            return hasContents() && (flags & SHF_EXECINSTR) != 0;
        }

        boolean isRela() {
            return type == SHT_RELA;
        }
    }

    /**
     * section: where the symbol is defined; 0 when undefined, absolute or common. shndx: st_shndx as
     * written (SHN_XINDEX resolved), which tells those three apart. name: st_name, checked to lie in
     * the symbol name table.
     */
    record Symbol(int type, int section, int binding, int shndx, long name, long value, long size) {
        boolean isUndefined() {
            return shndx == SHN_UNDEF;
        }

        boolean isCommon() {
            return shndx == SHN_COMMON;
        }
    }

    /**
     * symbol: r_sym, unsigned; {@link #codeRelocations()} are checked to name symbols that exist.
     * offset and type: r_offset and r_type; addend: 0 in a REL section (it is in the patched bytes).
     */
    record RelocationEntry(long offset, long type, long symbol, long addend) {}

    private final ByteBuffer data;
    private final String where;
    private final boolean is64;
    private final int machine;
    private final boolean relocatable;
    private final List<Section> sections = new ArrayList<>();
    private final List<Symbol> symbols = new ArrayList<>();
    private Section symbolTable;
    private Section symbolNames;
    private final Set<Integer> codeSections = new LinkedHashSet<>();
    private final List<Section> codeRelocations = new ArrayList<>();

    private ElfImage(byte[] elf, String where) {
        this.data = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        this.where = where;
        if (elf.length < 16 || data.getInt(0) != 0x464c457f) {
            throw malformed("no ELF magic");
        }
        if (elf[5] != 1) {
            throw new InputException(where + ": big-endian ELF, not x86: give an i386 or x86-64 object");
        }
        if (elf[4] != 1 && elf[4] != 2) {
            throw malformed("unknown ELF class " + elf[4]);
        }
        this.is64 = elf[4] == 2;
        require(inFile(0, is64 ? 64 : 52), "the ELF header is truncated");
        this.relocatable = u16(16) == ET_REL;
        this.machine = u16(18);
        if (machine != EM_386 && machine != EM_IAMCU && machine != EM_X86_64) {
            throw new InputException(where + ": ELF for " + machineName(machine) + " (e_machine " + machine
                    + "), not x86: give an i386 or x86-64 object");
        }
    }

    static ElfImage read(byte[] elf, String where) {
        ElfImage image = new ElfImage(elf, where);
        image.readSections();
        image.readSymbols();
        image.findCode();
        return image;
    }

    int machine() {
        return machine;
    }

    boolean is64() {
        return is64;
    }

    boolean isRelocatable() {
        return relocatable;
    }

    /** The triple the object's own header asks for. */
    String defaultTriple() {
        return machine == EM_X86_64 ? "x86_64-unknown-none" : "i386-unknown-none";
    }

    List<Section> sections() {
        return Collections.unmodifiableList(sections);
    }

    /** Indexed by ELF symbol index; entry 0 is the null symbol. */
    List<Symbol> symbols() {
        return Collections.unmodifiableList(symbols);
    }

    /** The string table the symbol table's names lie in, or null when it names nothing (no symbol but the null one). */
    Section symbolNames() {
        return symbolNames;
    }

    /** Symbol {@code index}'s name as its bytes, without the NUL: empty for st_name 0 and for the null symbol. */
    byte[] nameBytes(int index) {
        long name = symbols.get(index).name();
        if (index == 0 || name == 0) {
            return new byte[0];
        }
        // Validated: st_name lies in the table and the table ends in a NUL.
        int from = (int) (symbolNames.offset() + name);
        int end = from;
        while (data.get(end) != 0) {
            end++;
        }
        byte[] bytes = new byte[end - from];
        data.get(from, bytes);
        return bytes;
    }

    /** Where symbol {@code index}'s entry begins in the file (its st_name is the first word, in both classes). */
    long symbolEntry(int index) {
        return symbolTable.offset() + index * symbolTable.entrySize();
    }

    /** Where section {@code index}'s header begins in the file. */
    long sectionHeader(int index) {
        return word(is64 ? 40 : 32) + (long) index * (is64 ? 64 : 40);
    }

    /** Sections holding machine code: executable ones, and any other that defines a function symbol. */
    Set<Integer> codeSections() {
        return Collections.unmodifiableSet(codeSections);
    }

    /** Relocation sections that patch a code section through the symbol table, validated for the C API. */
    List<Section> codeRelocations() {
        return Collections.unmodifiableList(codeRelocations);
    }

    RelocationEntry relocation(Section relocations, int ordinal) {
        long at = relocations.offset() + ordinal * relocations.entrySize();
        long info = word(at + wordSize());
        long symbol = is64 ? info >>> 32 : info >>> 8;
        long type = is64 ? info & 0xFFFF_FFFFL : info & 0xFF;
        long addend = relocations.isRela() ? (is64 ? data.getLong((int) (at + 16)) : data.getInt((int) (at + 8))) : 0;
        return new RelocationEntry(word(at), type, symbol, addend);
    }

    /**
     * Every relocation that patches section {@code index} through the symbol table, read by hand
     * (LLVM's C API is asked only about code relocations).
     *
     * @throws InputException when one of those relocation sections is malformed
     */
    List<RelocationEntry> relocationsOf(int index) {
        List<RelocationEntry> out = new ArrayList<>();
        for (Section s : sections) {
            if ((s.type() == SHT_REL || s.type() == SHT_RELA) && s.info() == index && symbolTable != null
                    && s.link() == symbolTable.index()) {
                checkRelocations(s);
                for (int i = 0; i < s.size() / s.entrySize(); i++) {
                    out.add(relocation(s, i));
                }
            }
        }
        return out;
    }

    /**
     * The little-endian word of {@code bytes} (4 or 8) at {@code offset} into section {@code index}'s
     * contents, or null when it does not lie inside them.
     */
    Long read(int index, long offset, int bytes) {
        Section s = sections.get(index);
        if (!s.hasContents() || offset < 0 || offset > s.size() - bytes) {
            return null;
        }
        long at = s.offset() + offset;
        return bytes == 8 ? data.getLong((int) at) : (long) data.getInt((int) at);
    }

    private void readSections() {
        int headerSize = is64 ? 64 : 40;
        long table = word(is64 ? 40 : 32);
        if (table == 0) {
            return;
        }
        require(u16(is64 ? 58 : 46) == headerSize, "e_shentsize is not " + headerSize);
        require(inFile(table, headerSize), "the section header table lies outside the file");
        long count = u16(is64 ? 60 : 48);
        int stringsIndex = u16(is64 ? 62 : 50);
        Section first = section(table, 0);
        if (count == 0) {
            count = first.size();
        }
        if (stringsIndex == SHN_XINDEX) {
            stringsIndex = first.link();
        }
        require(count <= data.capacity() / headerSize && inFile(table, count * headerSize),
                "the section header table lies outside the file");
        for (int i = 0; i < count; i++) {
            Section s = i == 0 ? first : section(table + (long) i * headerSize, i);
            // LLVM bounds-checks the offset of an empty section too.
            require(!s.hasContents() || inFile(s.offset(), s.size()),
                    "section [" + i + "] lies outside the file");
            sections.add(s);
        }
        if (count == 0) {
            return;
        }
        Section names = stringTable(stringsIndex, "the section name table");
        for (int i = 0; i < count; i++) {
            require(u32(table + (long) i * headerSize) < names.size(),
                    "section [" + i + "] has its name outside the section name table");
        }
    }

    private void readSymbols() {
        // LLVMGetSymbolAddress asks for symbol flags, which reads the first .dynsym as a table too.
        Section dynamic = sections.stream().filter(s -> s.type() == SHT_DYNSYM).findFirst().orElse(null);
        if (dynamic != null) {
            checkTable(dynamic, symbolSize(), "the dynamic symbol table");
        }
        symbolTable = sections.stream().filter(s -> s.type() == SHT_SYMTAB).findFirst().orElse(null);
        if (symbolTable == null) {
            return;
        }
        checkTable(symbolTable, symbolSize(), "the symbol table");
        int count = (int) (symbolTable.size() / symbolTable.entrySize());
        Section extendedIndexes = extendedIndexTable(count);
        Section names = count > 1 ? stringTable(symbolTable.link(), "the symbol name table") : null;
        symbolNames = names;
        for (int i = 0; i < count; i++) {
            long at = symbolTable.offset() + (long) i * symbolTable.entrySize();
            int info = data.get((int) (at + (is64 ? 4 : 12))) & 0xff;
            int written = u16(at + (is64 ? 6 : 14));
            int shndx = written;
            if (shndx == SHN_XINDEX) {
                require(extendedIndexes != null, "symbol " + i + " needs the missing SHT_SYMTAB_SHNDX table");
                long extended = u32(extendedIndexes.offset() + 4L * i);
                require(extended < sections.size(), "symbol " + i + " names section " + extended + ", which does not exist");
                shndx = (int) extended;
                written = shndx;
            } else if (shndx >= SHN_LORESERVE) {
                shndx = 0;
            }
            require(shndx < sections.size(), "symbol " + i + " names section " + shndx + ", which does not exist");
            require(i == 0 || u32(at) < names.size(), "symbol " + i + " has its name outside the symbol name table");
            // LLVM names an unnamed section symbol after its section, even when it has none.
            boolean unnamed = i == 0 || data.get((int) (names.offset() + u32(at))) == 0;
            require(!(unnamed && (info & 0xf) == STT_SECTION && shndx == 0), "section symbol " + i + " belongs to no section");
            long value = is64 ? data.getLong((int) (at + 8)) : u32(at + 4);
            long size = is64 ? data.getLong((int) (at + 16)) : u32(at + 8);
            symbols.add(new Symbol(info & 0xf, shndx, info >>> 4, written, u32(at), value, size));
        }
    }

    private Section extendedIndexTable(int symbolCount) {
        Section table = sections.stream().filter(s -> s.type() == SHT_SYMTAB_SHNDX).findFirst().orElse(null);
        if (table != null) {
            checkTable(table, 4, "the SHT_SYMTAB_SHNDX table");
            require(table.link() == symbolTable.index() && table.size() / 4 == symbolCount,
                    "the SHT_SYMTAB_SHNDX table does not match the symbol table");
        }
        return table;
    }

    private void findCode() {
        for (Section s : sections) {
            if (s.isExecutable()) {
                codeSections.add(s.index());
            }
        }
        for (Symbol symbol : symbols) {
            boolean function = symbol.type() == STT_FUNC || symbol.type() == STT_GNU_IFUNC;
            if (function && symbol.section() != 0 && sections.get(symbol.section()).hasContents()) {
                codeSections.add(symbol.section());
            }
        }
        for (Section s : sections) {
            boolean patchesCode = s.info() > 0 && codeSections.contains(s.info());
            if (s.type() == SHT_CREL && patchesCode) {
                throw new InputException(where + ": section [" + s.index()
                        + "] holds CREL relocations, which LLVM's C API cannot list: give an object built without --crel");
            }
            // Dynamic relocations (linked through .dynsym) say nothing about the code bytes.
            if ((s.type() == SHT_REL || s.type() == SHT_RELA) && patchesCode
                    && symbolTable != null && s.link() == symbolTable.index()) {
                checkRelocations(s);
                codeRelocations.add(s);
            }
        }
    }

    private void checkRelocations(Section s) {
        int entrySize = (is64 ? 16 : 8) + (s.isRela() ? wordSize() : 0);
        checkTable(s, entrySize, "relocation section [" + s.index() + "]");
        for (int i = 0; i < s.size() / entrySize; i++) {
            long symbol = relocation(s, i).symbol();
            require(symbol < symbols.size(), "relocation " + i + " of section [" + s.index()
                    + "] names symbol " + symbol + ", which does not exist");
        }
    }

    /** What LLVM's getSectionContentsAsArray demands of a table before it reads an entry. */
    private void checkTable(Section s, int entrySize, String what) {
        require(s.hasContents() && s.entrySize() == entrySize && s.size() % entrySize == 0,
                what + " has sh_entsize " + s.entrySize() + " or sh_size " + s.size() + " that is not a multiple of " + entrySize);
        require(s.offset() % Math.min(entrySize, wordSize()) == 0, what + " is misaligned");
    }

    private Section stringTable(long index, String what) {
        require(index > 0 && index < sections.size(), what + " is missing");
        Section s = sections.get((int) index);
        require(s.type() == SHT_STRTAB && s.size() > 0 && data.get((int) (s.offset() + s.size() - 1)) == 0,
                what + " (section [" + index + "]) is not a NUL-terminated string table");
        return s;
    }

    private Section section(long at, int index) {
        return is64
                ? new Section(index, (int) u32(at + 4), data.getLong((int) (at + 8)), data.getLong((int) (at + 24)),
                        data.getLong((int) (at + 32)), (int) u32(at + 40), (int) u32(at + 44), data.getLong((int) (at + 56)))
                : new Section(index, (int) u32(at + 4), u32(at + 8), u32(at + 16), u32(at + 20), (int) u32(at + 24),
                        (int) u32(at + 28), u32(at + 36));
    }

    private boolean inFile(long offset, long size) {
        return offset >= 0 && size >= 0 && offset <= data.capacity() && size <= data.capacity() - offset;
    }

    private int symbolSize() {
        return is64 ? 24 : 16;
    }

    private int wordSize() {
        return is64 ? 8 : 4;
    }

    private long word(long at) {
        return is64 ? data.getLong((int) at) : u32(at);
    }

    private long u32(long at) {
        return data.getInt((int) at) & 0xffffffffL;
    }

    private int u16(long at) {
        return data.getShort((int) at) & 0xffff;
    }

    private void require(boolean ok, String problem) {
        if (!ok) {
            throw malformed(problem);
        }
    }

    private InputException malformed(String problem) {
        return new InputException(where + ": malformed ELF: " + problem
                + ": give the object as the compiler or linker wrote it");
    }

    private static String machineName(int machine) {
        return switch (machine) {
            case 8 -> "MIPS";
            case 20 -> "PowerPC";
            case 21 -> "PowerPC64";
            case 40 -> "ARM";
            case 183 -> "AArch64";
            case 243 -> "RISC-V";
            default -> "another architecture";
        };
    }
}
