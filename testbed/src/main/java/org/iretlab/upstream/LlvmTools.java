package org.iretlab.upstream;

import java.util.List;
import org.iretlab.backend.BackendOrder;
import org.iretlab.backend.Toolchains;
import org.iretlab.common.InputException;

/**
 * From a backend name as every command takes it (llc-16, worker-19, embedded, or a bare 16) to the
 * LLVM version whose tools (llc, FileCheck, lit, llvm-reduce in /usr/lib/llvm-N/bin) go with it:
 * export-lit and reduce run those tools, so a backend counts here by its version.
 */
public final class LlvmTools {
    private LlvmTools() {}

    /**
     * One backend for {@code --llvm NAME}: a bare version names that version's llc when installed (the
     * llc its tools belong to), else its other backend.
     */
    public static String backend(Toolchains toolchains, String name) {
        List<String> resolved = toolchains.resolve(name);
        if (resolved.size() > 1 && !name.strip().matches("\\d+")) {
            throw new InputException("--llvm " + name + ": give one backend, not " + resolved);
        }
        String llc = "llc-" + name.strip();
        return resolved.contains(llc) ? llc : resolved.get(0);
    }

    /** The LLVM major version of a backend name; a user's llc has none iretlab knows. */
    public static int major(String backend) {
        int major = BackendOrder.major(backend);
        if (major == Integer.MAX_VALUE) {
            throw new InputException("--llvm " + backend + ": a user's llc has no LLVM version whose llvm-reduce, FileCheck and lit "
                    + "go with it: name a version's backend (llc-N, worker-N or N)");
        }
        return major;
    }
}
