package org.iretlab.decode;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The symbols of an ELF object or executable as GNU nm lists them by default, read from the bytes:
 * the symbol table only (not .dynsym), without the null symbol and the section and file symbols
 * (nm's "debugging" symbols), without unnamed ones, sorted by name in byte order (nm's strcoll in the
 * C locale; symbols of one name keep their table order).
 */
public final class ElfSymbols {
    /**
     * One line of nm's listing.
     *
     * @param undefined st_shndx is SHN_UNDEF (nm's U, or w and v when weak)
     * @param weak bound STB_WEAK
     * @param value what nm prints: st_value, or a common symbol's size (BFD keeps the alignment elsewhere)
     */
    public record Listed(String name, boolean undefined, boolean weak, long value) {}

    private record Named(byte[] bytes, Listed listed) {}

    private ElfSymbols() {}

    /**
     * @param where names the file in an error
     * @throws org.iretlab.common.InputException when the bytes are not a well-formed x86 ELF file
     */
    public static List<Listed> list(byte[] elf, String where) {
        ElfImage image = ElfImage.read(elf, where);
        List<Named> named = new ArrayList<>();
        for (int i = 1; i < image.symbols().size(); i++) {
            ElfImage.Symbol s = image.symbols().get(i);
            byte[] name = image.nameBytes(i);
            if (name.length == 0 || s.type() == ElfImage.STT_SECTION || s.type() == ElfImage.STT_FILE) {
                continue;
            }
            named.add(new Named(name, new Listed(new String(name, StandardCharsets.UTF_8), s.isUndefined(),
                    s.binding() == ElfImage.STB_WEAK, s.isCommon() ? s.size() : s.value())));
        }
        // A stable sort: bytes, not Java's UTF-16 order, as strcmp compares.
        named.sort(Comparator.comparing(Named::bytes, Arrays::compareUnsigned));
        return named.stream().map(Named::listed).toList();
    }
}
