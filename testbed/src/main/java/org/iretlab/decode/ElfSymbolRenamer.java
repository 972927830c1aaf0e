package org.iretlab.decode;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A copy of an ELF object in which every symbol of some names is renamed to a prefix + its name,
 * as {@code objcopy --redefine-syms} would, without rewriting the file: a new string table (the old
 * one's bytes, then the new names) is appended at the end, the symbol table's string-table section
 * header is pointed at it, and each renamed symbol's st_name at its new name. The old bytes stay in
 * front because LLVM's objects often keep the section names in the same table (e_shstrndx), and
 * every name not renamed keeps its offset.
 */
public final class ElfSymbolRenamer {
    private ElfSymbolRenamer() {}

    /**
     * @param names the names to rename (any symbol type, local or global, defined or not); a name no
     *        symbol has is ignored
     * @param where names the file in an error
     * @throws org.iretlab.common.InputException when the bytes are not a well-formed x86 ELF file
     */
    public static byte[] prefixed(byte[] elf, String where, String prefix, Collection<String> names) {
        ElfImage image = ElfImage.read(elf, where);
        ElfImage.Section strings = image.symbolNames();
        if (strings == null) {
            return elf.clone();
        }
        Set<String> wanted = Set.copyOf(names);
        ByteArrayOutputStream table = new ByteArrayOutputStream();
        table.write(elf, (int) strings.offset(), (int) strings.size());
        byte[] out = Arrays.copyOf(elf, elf.length);
        ByteBuffer edit = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        byte[] before = prefix.getBytes(StandardCharsets.UTF_8);
        Map<String, Integer> placed = new HashMap<>();
        for (int i = 1; i < image.symbols().size(); i++) {
            byte[] bytes = image.nameBytes(i);
            String name = new String(bytes, StandardCharsets.UTF_8);
            if (name.isEmpty() || !wanted.contains(name)) {
                continue;
            }
            int at = placed.computeIfAbsent(name, n -> {
                int offset = table.size();
                table.writeBytes(before);
                table.writeBytes(bytes);
                table.write(0);
                return offset;
            });
            edit.putInt((int) image.symbolEntry(i), at);
        }
        if (placed.isEmpty()) {
            return out;
        }
        long header = image.sectionHeader(strings.index());
        if (image.is64()) {
            edit.putLong((int) header + 24, elf.length);
            edit.putLong((int) header + 32, table.size());
        } else {
            edit.putInt((int) header + 16, elf.length);
            edit.putInt((int) header + 20, table.size());
        }
        ByteArrayOutputStream file = new ByteArrayOutputStream(out.length + table.size());
        file.writeBytes(out);
        file.writeBytes(table.toByteArray());
        return file.toByteArray();
    }
}
