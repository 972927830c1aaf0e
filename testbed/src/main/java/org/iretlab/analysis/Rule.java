package org.iretlab.analysis;

import org.iretlab.verdict.FindingKind;

/**
 * One check over the instructions of a handler, in the manner of an Error Prone bug pattern: it
 * has the finding kind users see (whose summary and explanation live in {@link FindingKind}) and
 * looks at every step of every path.
 */
public interface Rule {
    FindingKind kind();

    void check(Step step, Findings findings);
}
