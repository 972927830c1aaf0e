package org.iretlab.oracle;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.iretlab.backend.ExternalProcess;
import org.iretlab.ir.InputException;

/** Boots a kernel under QEMU system emulation (TCG) and returns what it printed on port 0xe9. */
final class Qemu {
    /** What a boot ended as: the guest's exit (status 1 is its "done"), a reset or triple fault (0), or a hang. */
    record Boot(int status, String output, boolean timedOut, double seconds) {
        boolean finished() {
            return !timedOut && status == 1;
        }
    }

    private Qemu() {}

    static Path executable(boolean is64) {
        return Path.of("/usr/bin", is64 ? "qemu-system-x86_64" : "qemu-system-i386");
    }

    static boolean installed(boolean is64) {
        return Files.isExecutable(executable(is64));
    }

    static Boot boot(Path kernel, boolean is64, Duration limit) {
        if (!installed(is64)) {
            throw new InputException(executable(is64) + " is missing: the oracle needs Debian's qemu-system-x86 "
                    + "(scripts/setup.sh installs it)");
        }
        List<String> cmd = List.of(executable(is64).toString(), "-M", "isapc", "-nodefaults", "-cpu", "max", "-m", "16",
                "-nographic", "-no-reboot", "-display", "none", "-debugcon", "stdio",
                "-device", "isa-debug-exit,iobase=0xf4,iosize=0x04", "-kernel", kernel.toString());
        long start = System.nanoTime();
        try {
            ExternalProcess.Result r = ExternalProcess.run(cmd, limit);
            return new Boot(r.exitCode(), r.stdout(), r.timedOut(), (System.nanoTime() - start) / 1e9);
        } catch (IOException e) {
            throw new InputException(cmd.get(0) + " cannot run: " + e.getMessage());
        }
    }
}
