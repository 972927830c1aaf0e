package org.iretlab.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.iretlab.backend.Assembler;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;
import org.iretlab.decode.ElfSymbolRenamer;

/**
 * A bootable kernel: the harness (assembled by the embedded LLVM) linked by GNU ld with the
 * handler's ELF object, whichever LLVM produced it.
 */
final class Kernel {
    /** The harness at BASE (above an executable under test). */
    private static final String LINKER_SCRIPT = """
            ENTRY(_start)
            SECTIONS {
              . = BASE;
              .text : { *(.multiboot) *(.text*) }
              .rodata : { *(.rodata*) }
              .data : { *(.data*) }
              .bss : { *(.bss*) *(COMMON) }
            }
            out_buffer = OUT;
            out_end = OUT_END;
            """;

    private Kernel() {}

    /**
     * A copy of the object at {@code to} in which every symbol it names, defined or not, local or global,
     * is {@code prefix} + its name (as {@code objcopy --redefine-syms} would, done over the bytes by
     * {@link ElfSymbolRenamer}), so that the objects of several handlers, which may define and call the
     * same names, link into one kernel without meeting: each calls its own stand-ins and keeps its own
     * globals. The linker's {@code _GLOBAL_OFFSET_TABLE_} keeps its name.
     */
    static Path renamed(Path object, byte[] elf, String prefix, List<String> names, Path to) throws IOException {
        List<String> renamed = names.stream().filter(n -> !n.startsWith("_GLOBAL_OFFSET_TABLE_")).toList();
        return Files.write(to, ElfSymbolRenamer.prefixed(elf, object.toString(), prefix, renamed));
    }

    /**
     * Links harness and handlers into {@code dir/kernel.elf}, the image the handler's addresses are
     * read from, and returns the file to boot: the same for 32-bit; for 64-bit an ELF32 copy, since
     * QEMU's multiboot loader refuses ELF64. The harness's include, {@link HarnessSource#PORT_IO},
     * is written into {@code dir} first.
     *
     * @param handlerObjects the handlers' objects, or the one handler's executable
     * @param executable the handler's code as a linked executable, where it was linked (then handlerObjects is
     *        that file, and not linked in), or null
     * @param symbols the executable's symbols the harness names, at their addresses
     */
    static Path link(Mode mode, Path dir, String harnessAsm, List<Path> handlerObjects, Executable executable, Map<String, Long> symbols) {
        long out = Qemu.outputAddress(memoryMib(executable));
        try {
            Files.writeString(dir.resolve(HarnessSource.PORT_IO), HarnessSource.template(HarnessSource.PORT_IO));
            String source = harnessAsm + Executable.assembly(executable, symbols);
            Path harness = dir.resolve("harness.o");
            Files.write(harness, Assembler.assemble("iretlab oracle harness", source, mode.assemblerTriple));
            Files.writeString(dir.resolve("harness.s"), source);
            Path script = Files.writeString(dir.resolve("kernel.ld"), LINKER_SCRIPT
                    .replace("BASE", "0x" + Long.toHexString(executable == null ? Executable.HARNESS_BASE : executable.harnessBase()))
                    .replace("OUT_END", "0x" + Long.toHexString(out + ((long) Qemu.OUTPUT_MIB << 20) - 1))
                    .replace("OUT", "0x" + Long.toHexString(out)));
            Path kernel = dir.resolve("kernel.elf");
            List<String> command = new ArrayList<>(List.of("ld", "-m", mode.ldEmulation, "-static", "-nostdlib",
                    "--no-warn-rwx-segments", "-T", script.toString(), "-o", kernel.toString(), harness.toString()));
            if (executable == null) {
                handlerObjects.forEach(o -> command.add(o.toString()));
            }
            ExternalProcess.Result r = run(command);
            if (r.exitCode() != 0) {
                throw new InputException("linking the oracle's kernel failed (GNU ld):\n  " + r.stderr().strip().replace("\n", "\n  "));
            }
            if (mode == Mode.BITS32) {
                return kernel;
            }
            Path boot = dir.resolve("kernel32.elf");
            ExternalProcess.Result copy = run(List.of("objcopy", "-O", "elf32-i386", kernel.toString(), boot.toString()));
            if (copy.exitCode() != 0) {
                throw new InputException("objcopy of the 64-bit kernel failed: " + copy.stderr().strip());
            }
            return boot;
        } catch (IOException e) {
            throw new InputException(dir + ": cannot write the oracle's kernel: " + e.getMessage());
        }
    }

    /** The machine's memory for a kernel: 16 MiB, more for an executable linked high. */
    static int memoryMib(Executable executable) {
        return executable == null ? 16 : executable.memoryMib();
    }

    static ExternalProcess.Result run(List<String> command) {
        try {
            return ExternalProcess.run(command, Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new InputException(command.get(0) + " cannot run (" + e.getMessage() + "): install binutils (scripts/setup.sh)");
        }
    }
}
