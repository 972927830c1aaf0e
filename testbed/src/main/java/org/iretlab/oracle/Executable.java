package org.iretlab.oracle;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iretlab.common.InputException;

/**
 * A linked ELF executable whose handlers the oracle runs where they were linked: its allocated
 * sections travel in the harness's data ({@code .incbin} of the file) and are copied to their own
 * addresses at boot (placing them there with the linker would put them before the multiboot header
 * in the file, where QEMU no longer finds it), the harness lies above them, and its symbols the
 * harness names (the handler, the error-code probe) are defined at their addresses. Its code runs as it is, calls to its own functions included (it has nothing
 * undefined). Only code linked where it is loaded, within the first GiB the harness identity-maps, runs.
 */
final class Executable {
    private static final int ET_EXEC = 2;
    private static final long SHF_ALLOC = 0x2;
    private static final int SHT_NOBITS = 8;
    /** Where the harness goes when the executable leaves it room: where a multiboot kernel starts. */
    static final long HARNESS_BASE = 0x100000;
    private static final long MIB = 0x100000;
    private static final long IDENTITY_MAPPED = 1L << 30;

    private record Section(long address, long offset, long size, boolean bits) {}

    private final Path file;
    private final List<Section> sections;

    private Executable(Path file, List<Section> sections) {
        this.file = file;
        this.sections = sections;
    }

    /** True for a linked executable (ET_EXEC), false for an object file. */
    static boolean is(byte[] elf) {
        return (ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN).getShort(16) & 0xffff) == ET_EXEC;
    }

    /** The executable in {@code file}, or null when it is an object file (ET_REL), which is linked instead. */
    static Executable read(Path file, byte[] elf) {
        if (!is(elf)) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(elf).order(ByteOrder.LITTLE_ENDIAN);
        boolean is64 = elf[4] == 2;
        long table = is64 ? b.getLong(40) : b.getInt(32) & 0xffffffffL;
        int size = b.getShort(is64 ? 58 : 46) & 0xffff;
        int count = b.getShort(is64 ? 60 : 48) & 0xffff;
        List<Section> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = (int) (table + (long) i * size);
            long flags = is64 ? b.getLong(at + 8) : b.getInt(at + 8) & 0xffffffffL;
            long address = is64 ? b.getLong(at + 16) : b.getInt(at + 12) & 0xffffffffL;
            long offset = is64 ? b.getLong(at + 24) : b.getInt(at + 16) & 0xffffffffL;
            long bytes = is64 ? b.getLong(at + 32) : b.getInt(at + 20) & 0xffffffffL;
            if ((flags & SHF_ALLOC) == 0 || bytes == 0) {
                continue;
            }
            if (Long.compareUnsigned(address, MIB) < 0 || Long.compareUnsigned(address + bytes, IDENTITY_MAPPED) > 0) {
                throw new InputException("the executable has a section linked at 0x" + Long.toHexString(address)
                        + ": run runs an executable's code where it was linked, between 1 MiB and 1 GiB (a higher-half or"
                        + " low-memory kernel does not fit); give the object file the handler was compiled to (--object FILE.o)");
            }
            out.add(new Section(address, offset, bytes, (b.getInt(at + 4)) != SHT_NOBITS));
        }
        return new Executable(file, out);
    }

    /** Where the harness is linked: above the executable, on a MiB boundary. */
    long harnessBase() {
        long end = sections.stream().mapToLong(s -> s.address() + s.size()).max().orElse(0);
        return Math.max(HARNESS_BASE, (end + MIB - 1) / MIB * MIB + MIB);
    }

    /** Memory the machine needs, in MiB: the harness's base and room for it (page tables, stacks: under 1 MiB). */
    int memoryMib() {
        return (int) Math.max(16, harnessBase() / MIB + 4);
    }

    /**
     * The assembly appended to every harness: the table of sections the harness copies where they
     * were linked before anything else at boot ({@code executable_sections}: destination, source,
     * size; source 0 for zeros), empty without an executable; their bytes ({@code .incbin} of the
     * file); and the given symbols at their addresses.
     */
    static String assembly(Executable executable, Map<String, Long> symbols) {
        StringBuilder table = new StringBuilder("\n# The executable under test, copied at boot where it was linked.\n"
                + "        .data\n        .p2align 2\nexecutable_sections:\n");
        StringBuilder bytes = new StringBuilder();
        List<Section> sections = executable == null ? List.of() : executable.sections;
        for (int i = 0; i < sections.size(); i++) {
            Section s = sections.get(i);
            table.append(String.format("        .long 0x%x, %s, %d%n", s.address(), s.bits() ? "executable_bytes_" + i : "0", s.size()));
            if (s.bits()) {
                bytes.append(String.format("executable_bytes_%d:%n        .incbin \"%s\", %d, %d%n", i,
                        executable.file.toAbsolutePath(), s.offset(), s.size()));
            }
        }
        table.append("        .long 0\n").append(bytes);
        symbols.forEach((name, address) -> table.append("        .globl ").append(name).append("\n        .set ").append(name)
                .append(String.format(", 0x%x%n", address)));
        return table.toString();
    }
}
