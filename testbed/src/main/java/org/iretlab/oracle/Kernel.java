package org.iretlab.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.iretlab.backend.Assembler;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;

/**
 * A bootable kernel: the harness (assembled by the embedded LLVM) linked by GNU ld with the
 * handler's ELF object, whichever LLVM produced it.
 */
final class Kernel {
    private static final String LINKER_SCRIPT = """
            ENTRY(_start)
            SECTIONS {
              . = 0x100000;
              .text : { *(.multiboot) *(.text*) }
              .rodata : { *(.rodata*) }
              .data : { *(.data*) }
              .bss : { *(.bss*) *(COMMON) }
            }
            """;

    private Kernel() {}

    /** The symbols the object uses but does not define: the harness gives each a stand-in. */
    static List<String> undefinedSymbols(Path object) {
        ExternalProcess.Result r = run(List.of("nm", "-u", object.toString()));
        List<String> out = new ArrayList<>();
        for (String line : r.stdout().split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (words.length == 2 && words[0].equals("U") && !words[1].startsWith("_GLOBAL_OFFSET_TABLE_")) {
                out.add(words[1]);
            }
        }
        return out;
    }

    /** True when the object defines the symbol (as data or code, local or global). */
    static boolean defines(Path object, String symbol) {
        ExternalProcess.Result r = run(List.of("nm", "--defined-only", object.toString()));
        return r.stdout().lines().map(l -> l.strip().split("\\s+")).anyMatch(w -> w.length == 3 && w[2].equals(symbol));
    }

    /**
     * Links harness and handler into {@code dir/kernel.elf}, the image the handler's addresses are
     * read from, and returns the file to boot: the same for 32-bit; for 64-bit an ELF32 copy, since
     * QEMU's multiboot loader refuses ELF64. The harness's include, {@link HarnessSource#PORT_IO},
     * is written into {@code dir} first.
     */
    static Path link(Mode mode, Path dir, String harnessAsm, Path handlerObject) {
        try {
            Files.writeString(dir.resolve(HarnessSource.PORT_IO), HarnessSource.template(HarnessSource.PORT_IO));
            Path harness = dir.resolve("harness.o");
            Files.write(harness, Assembler.assemble("iretlab oracle harness", harnessAsm, mode.assemblerTriple));
            Files.writeString(dir.resolve("harness.s"), harnessAsm);
            Path script = Files.writeString(dir.resolve("kernel.ld"), LINKER_SCRIPT);
            Path kernel = dir.resolve("kernel.elf");
            ExternalProcess.Result r = run(List.of("ld", "-m", mode.ldEmulation, "-static", "-nostdlib", "--no-warn-rwx-segments",
                    "-T", script.toString(), "-o", kernel.toString(), harness.toString(), handlerObject.toString()));
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

    private static ExternalProcess.Result run(List<String> command) {
        try {
            return ExternalProcess.run(command, Duration.ofSeconds(60));
        } catch (IOException e) {
            throw new InputException(command.get(0) + " cannot run (" + e.getMessage() + "): install binutils (scripts/setup.sh)");
        }
    }
}
