package org.iretlab.upstream;

import java.nio.file.Path;
import org.iretlab.backend.Backend;
import org.iretlab.backend.LlcBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.InputException;

/**
 * An llc an exported test is run with under lit, and the LLVM version whose FileCheck and lit go
 * with it: Debian's llc-N, or a user's llc-NAME from the llc configuration (a patched build of
 * LLVM N, whose test must fail on the release and pass with the fix).
 *
 * @param backend the backend name the verdicts carry (llc-19, llc-src19)
 * @param major the LLVM version of its FileCheck and lit
 * @param llc the llc the RUN line's {@code llc} is
 */
public record LitLlc(String backend, int major, Path llc) {
    public static LitLlc debian(int major) {
        return new LitLlc("llc-" + major, major, LlcBackend.debianLlc(major));
    }

    /**
     * From a command line: a bare N or llc-N (Debian's), worker-N or embedded (their version's
     * Debian llc: exported tests run an llc binary), or a user's llc-NAME.
     */
    public static LitLlc of(Toolchains toolchains, String name) {
        String backend = LlvmTools.backend(toolchains, name);
        var user = toolchains.userLlc(backend);
        if (user.isEmpty()) {
            return debian(LlvmTools.major(backend));
        }
        try (Backend b = toolchains.open(backend, false)) {
            int major = Integer.parseInt(b.llvmVersion().split("\\.")[0]);
            return new LitLlc(backend, major, user.get());
        } catch (NumberFormatException e) {
            throw new InputException(name + ": its llc names no LLVM version (" + e.getMessage() + ")");
        }
    }

    /** How a test's statement line and messages name it: "LLVM 19" for Debian's, the backend name for a user's. */
    public String label() {
        return isDebian() ? "LLVM " + major : backend;
    }

    boolean isDebian() {
        return backend.equals("llc-" + major);
    }
}
