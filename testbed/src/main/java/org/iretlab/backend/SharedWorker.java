package org.iretlab.backend;

import java.util.function.Supplier;

/**
 * One worker JVM shared by several backends (the llc backends' lint reads, which are small and
 * quick): started by the first use, closed when the last backend holding it is closed. A matrix of
 * six llcs on two jobs then runs one lint worker, not twelve of a few hundred megabytes each.
 */
final class SharedWorker {
    private final Supplier<WorkerBackend> opener;
    private WorkerBackend worker;
    private int holders;

    SharedWorker(Supplier<WorkerBackend> opener) {
        this.opener = opener;
    }

    /** A backend takes a hold; it must {@link #release} it when it closes. */
    synchronized void hold() {
        holders++;
    }

    /** The worker, started if it is not running. */
    synchronized WorkerBackend get() {
        if (worker == null) {
            worker = opener.get();
        }
        return worker;
    }

    synchronized void release() {
        holders = Math.max(0, holders - 1);
        if (holders == 0 && worker != null) {
            worker.close();
            worker = null;
        }
    }
}
