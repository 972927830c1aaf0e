package org.iretlab.common;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to another thread, with its failure thrown here as it was thrown there. */
public final class Futures {
    private Futures() {}

    /**
     * What the task returned, or what it threw; an interrupt while waiting is an {@link InputException}
     * saying what was under way (the thread's interrupt flag set again).
     */
    public static <T> T join(Future<T> task, String underWay) {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InputException("interrupted while " + underWay);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) e.getCause();
        }
    }
}
