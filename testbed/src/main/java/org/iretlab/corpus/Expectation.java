package org.iretlab.corpus;

import java.util.Set;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.iretlab.target.Target;

/**
 * What a case must show on one target for a range of LLVM versions: an outcome (BUG/OK with the
 * set of finding kinds, or REJECTED/CRASH) and where the expectation comes from.
 *
 * @param lazyFp for an oracle line, what its CR0.TS=1 scenario must show ({@code #NM}, {@code no-fault}, ...);
 *        null when the line does not say
 */
public record Expectation(Target target, VersionRange versions, Outcome outcome, Set<FindingKind> kinds, String lazyFp,
        int line) {

    /** The word an oracle line gives its CR0.TS=1 result after. */
    public static final String LAZY_FP = "; CR0.TS=1: ";
}
