package org.iretlab.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.InputException;

/** Boots a kernel under QEMU system emulation (TCG) and returns what it printed on port 0xe9. */
final class Qemu {
    /** What a boot ended as: the guest's exit (status 1 is its "done"), a reset or triple fault (0), or a hang. */
    record Boot(int status, String output, boolean timedOut, double seconds) {}

    private Qemu() {}

    static Path executable(Mode mode) {
        return Path.of("/usr/bin", mode.qemu);
    }

    static boolean installed(Mode mode) {
        return Files.isExecutable(executable(mode));
    }

    /** @param memoryMib the machine's memory: 16 MiB, more for an executable linked high */
    static Boot boot(Path kernel, Mode mode, Duration limit, int memoryMib) {
        if (!installed(mode)) {
            throw new InputException(executable(mode) + " is missing: the oracle needs Debian's qemu-system-x86 "
                    + "(scripts/setup.sh installs it)");
        }
        List<String> cmd = List.of(executable(mode).toString(), "-M", "isapc", "-nodefaults", "-cpu", "max", "-m", Integer.toString(memoryMib),
                "-nographic", "-no-reboot", "-display", "none", "-debugcon", "stdio",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04",
                // The virtual clock counts instructions, 4 ns each, and skips ahead while the CPU halts: the harness's
                // watchdog and PIT then measure the guest's work, not the host's load, and a halted handler costs nothing.
                "-icount", "shift=2,sleep=off", "-kernel", kernel.toString());
        long start = System.nanoTime();
        try {
            ExternalProcess.Result r = ExternalProcess.run(cmd, limit);
            return new Boot(r.exitCode(), r.stdout(), r.timedOut(), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new InputException(cmd.get(0) + " cannot run: " + e.getMessage());
        }
    }
}
