package org.iretlab.decode;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.TreeSet;
import org.iretlab.common.InputException;

/**
 * The functions of an object: STT_FUNC/STT_GNU_IFUNC symbols, and any other sized symbol in an
 * executable section (hand-written assembly often gives its handlers no type).
 */
final class FunctionSymbols {
    /** section: the ELF section index; address: as LLVM reports it (x86-64 kernels live above 2^63). */
    record FunctionSymbol(String name, int section, long address, long size, int symbolIndex) {}

    private record Place(int section, long address) {}

    private static final Comparator<FunctionSymbol> ORDER = Comparator.comparingInt(FunctionSymbol::section)
            .thenComparing(FunctionSymbol::address, Long::compareUnsigned)
            .thenComparingInt(FunctionSymbol::symbolIndex);

    private final boolean relocatable;
    private final List<FunctionSymbol> all;
    private final Map<Place, String> byPlace = new HashMap<>();

    private FunctionSymbols(boolean relocatable, List<FunctionSymbol> all) {
        this.relocatable = relocatable;
        this.all = List.copyOf(all);
        for (FunctionSymbol f : this.all) {
            byPlace.putIfAbsent(place(f.section(), f.address()), f.name());
        }
    }

    static FunctionSymbols find(ElfImage image, LlvmObjectFile.Contents contents, String where) {
        Map<Integer, NavigableSet<Long>> starts = new HashMap<>();
        List<LlvmObjectFile.Symbol> named = new ArrayList<>();
        for (LlvmObjectFile.Symbol s : contents.symbols()) {
            ElfImage.Symbol elf = image.symbols().get(s.index());
            if (!s.name().isEmpty() && elf.section() != 0 && elf.type() != ElfImage.STT_SECTION && elf.type() != ElfImage.STT_FILE) {
                named.add(s);
                starts.computeIfAbsent(elf.section(), k -> new TreeSet<>(Long::compareUnsigned)).add(s.address());
            }
        }
        List<FunctionSymbol> functions = new ArrayList<>();
        for (LlvmObjectFile.Symbol s : named) {
            ElfImage.Symbol elf = image.symbols().get(s.index());
            LlvmObjectFile.Section section = contents.sections().get(elf.section());
            boolean typedFunction = elf.type() == ElfImage.STT_FUNC || elf.type() == ElfImage.STT_GNU_IFUNC;
            boolean sizedCode = s.size() > 0 && image.sections().get(elf.section()).isExecutable();
            if (section.contents() == null || !(typedFunction || sizedCode)) {
                continue;
            }
            long offset = s.address() - section.address();
            long size = s.size() != 0 ? s.size() : sizeUpToNextSymbol(starts.get(elf.section()), s.address(), section);
            if (Long.compareUnsigned(offset, section.size()) > 0 || Long.compareUnsigned(size, section.size() - offset) > 0) {
                throw new InputException(where + ": malformed ELF: function " + s.name() + " (0x" + Long.toHexString(s.address())
                        + ", " + size + " bytes) does not lie inside its section " + section.name()
                        + ": give the object as the compiler or linker wrote it");
            }
            functions.add(new FunctionSymbol(s.name(), elf.section(), s.address(), size, s.index()));
        }
        functions.sort(ORDER);
        return new FunctionSymbols(image.isRelocatable(), functions);
    }

    List<FunctionSymbol> all() {
        return all;
    }

    /** The function starting exactly there; in a relocatable object only its own section counts. */
    String nameAt(int section, long address) {
        return byPlace.get(place(section, address));
    }

    private Place place(int section, long address) {
        // Every section of a relocatable object starts at 0; a linked one has one address space.
        return new Place(relocatable ? section : 0, address);
    }

    /** Assembly functions without .size run to the next symbol or to the end of their section. */
    private static long sizeUpToNextSymbol(NavigableSet<Long> starts, long address, LlvmObjectFile.Section section) {
        Long next = starts.higher(address);
        long end = next != null ? next : section.address() + section.size();
        return end - address;
    }
}
