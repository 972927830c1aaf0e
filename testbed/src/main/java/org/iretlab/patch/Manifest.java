package org.iretlab.patch;

import java.nio.file.Path;
import java.util.List;

/**
 * One proposed fix, as {@code patches/NAME/patch.txt} describes it (see {@link ManifestParser}).
 *
 * @param ref the upstream review id, pull request and/or commit
 * @param state where the change stands upstream (landed in LLVM N, open, no upstream fix)
 * @param prototypePasses iretlab passes that prototype the fix's effect; empty: no prototype
 * @param noBracket why no pair of runnable LLVMs brackets the fix (null when one does)
 * @param proposal a diff of our own against LLVM, if any, and whether it was built and run
 */
public record Manifest(Path dir, Path file, String title, List<String> upstream, String ref, String state,
        String summary, List<Claim> claims, List<String> prototypePasses, List<Check> checks,
        String noBracket, Proposal proposal) {

    /** @param tested false unless the diff was built into an llc and validated with it */
    public record Proposal(Path diff, boolean tested, String note) {}

    public String name() {
        return dir.getFileName().toString();
    }

    public boolean hasPrototype() {
        return !prototypePasses.isEmpty();
    }
}
