package org.iretlab.oracle;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;

/**
 * Boots a kernel under QEMU system emulation (TCG) and returns the report the harness wrote. The
 * machine's RAM is a file (on /dev/shm where there is one), read after QEMU ends, however it ended:
 * the harness appends its report at {@link #outputAddress} instead of writing QEMU's debug console,
 * where every character was a host system call.
 */
final class Qemu {
    /** What a boot ended as: the guest's exit (status 1 is its "done"), a reset or triple fault (0), or a hang. */
    record Boot(int status, String output, boolean timedOut, double seconds) {}

    /** The report's room, at the top of the machine's memory (the harness and its stacks take under 1 MiB above its base). */
    static final int OUTPUT_MIB = 2;

    private static final long MIB = 1L << 20;

    private Qemu() {}

    static Path executable(Mode mode) {
        return Path.of("/usr/bin", mode.qemu);
    }

    static boolean installed(Mode mode) {
        return Files.isExecutable(executable(mode));
    }

    /** Where the report starts in a machine of this memory (physical, and the file's offset). */
    static long outputAddress(int memoryMib) {
        return (memoryMib - OUTPUT_MIB) * MIB;
    }

    /** @param memoryMib the machine's memory: 16 MiB, more for an executable linked high */
    static Boot boot(Path kernel, Mode mode, Duration limit, int memoryMib) {
        if (!installed(mode)) {
            throw new InputException(executable(mode) + " is missing: the oracle needs Debian's qemu-system-x86 "
                    + "(scripts/setup.sh installs it)");
        }
        Path ram = ramFile(kernel.getParent());
        try {
            List<String> cmd = List.of(executable(mode).toString(), "-machine", "isapc,memory-backend=ram",
                    "-object", "memory-backend-file,id=ram,share=on,size=" + memoryMib + "M,mem-path=" + ram,
                    "-nodefaults", "-cpu", "max", "-m", Integer.toString(memoryMib),
                    "-nographic", "-no-reboot", "-display", "none", "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                    // The virtual clock counts instructions, 4 ns each, and skips ahead while the CPU halts: the harness's
                    // watchdog and PIT then measure the guest's work, not the host's load, and a halted handler costs nothing.
                    "-icount", "shift=2,sleep=off", "-kernel", kernel.toString());
            long start = System.nanoTime();
            ExternalProcess.Result r;
            try {
                r = ExternalProcess.run(cmd, limit);
            } catch (IOException e) {
                throw new InputException(cmd.get(0) + " cannot run: " + e.getMessage());
            }
            return new Boot(r.exitCode(), report(ram, memoryMib), r.timedOut(), (System.nanoTime() - start) / 1e9);
        } finally {
            try {
                Files.deleteIfExists(ram);
            } catch (IOException e) {
                // A leftover file in /dev/shm or the kept folder is harmless.
            }
        }
    }

    /** A new empty file for the machine's RAM, which QEMU sizes: in memory where the host has /dev/shm, else beside the kernel. */
    private static Path ramFile(Path folder) {
        Path shm = Path.of("/dev/shm");
        try {
            return Files.createTempFile(Files.isDirectory(shm) && Files.isWritable(shm) ? shm : folder, "iretlab-ram-", ".bin");
        } catch (IOException e) {
            throw new InputException("cannot create the oracle machine's RAM file in /dev/shm or " + folder + ": " + e.getMessage());
        }
    }

    /** The report in the RAM file: the text up to its first NUL (the buffer starts zeroed). */
    private static String report(Path ram, int memoryMib) {
        try (FileChannel in = FileChannel.open(ram, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate((int) (OUTPUT_MIB * MIB));
            in.read(buffer, outputAddress(memoryMib));
            byte[] bytes = buffer.array();
            int end = 0;
            while (end < buffer.position() && bytes[end] != 0) {
                end++;
            }
            return new String(bytes, 0, end, StandardCharsets.ISO_8859_1);
        } catch (IOException e) {
            throw new InputException("cannot read the oracle machine's RAM file " + ram + ": " + e.getMessage());
        }
    }
}
