package org.iretlab.matrix;

import java.util.List;
import java.util.Map;

/**
 * What a matrix run was asked to do ({@code run.json}): a resumed run must be asked the same, and
 * shards merge only when they agree on everything but the shard.
 *
 * @param backends each backend's name and exact LLVM version
 * @param cases the case files, without {@code .ll}
 * @param passes the fix passes of the with-passes cells (empty: no such cells)
 * @param unlinted true when prototypes that byval-frame-check refuses went to LLVM anyway, to see it crash
 * @param shard {@code i/N}, or {@code 1/1}
 */
public record RunInfo(String tool, Map<String, String> backends, List<String> cases, List<String> passes,
        boolean unlinted, String shard) {

    /** The same run except for the shard: what merging requires. */
    public boolean sameRunAs(RunInfo o) {
        return backends.equals(o.backends) && cases.equals(o.cases) && passes.equals(o.passes) && unlinted == o.unlinted;
    }
}
