package org.iretlab.oracle;

import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.iretlab.common.InputException;
import org.iretlab.common.WorkFolder;

/**
 * The temporary folder one handler's kernels are built and booted in. It goes away with everything
 * in it, unless {@code IRETLAB_KEEP_ORACLE} is set: then the harness source, the kernel and QEMU's
 * output stay for inspection, and stderr says where (a kept folder nobody can find is no help).
 */
final class KeptFolder implements AutoCloseable {
    private static final String KEEP = "IRETLAB_KEEP_ORACLE";

    private final WorkFolder folder;
    private final String handler;

    /** @param handler the handler the folder's kernels run, for the message that names a kept folder */
    KeptFolder(String handler) {
        try {
            this.folder = WorkFolder.create("iretlab-oracle-");
        } catch (UncheckedIOException e) {
            // A full or read-only temporary file system is the machine's problem, not a bug of iretlab's.
            throw new InputException("the oracle cannot use its temporary folder: " + e.getMessage());
        }
        this.handler = handler;
    }

    Path path() {
        return folder.path();
    }

    @Override
    public void close() {
        if (System.getenv(KEEP) != null) {
            System.err.println("iretlab: the oracle's folder for @" + handler + " is kept (" + KEEP + "): " + path());
        } else {
            folder.close();
        }
    }
}
