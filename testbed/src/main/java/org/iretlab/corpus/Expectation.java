package org.iretlab.corpus;

import java.util.Set;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * What a case must show on one target for a range of LLVM versions: an outcome (BUG/OK with the
 * set of finding kinds, or REJECTED/CRASH) and where the expectation comes from.
 */
public record Expectation(CaseTarget target, VersionRange versions, Outcome outcome, Set<FindingKind> kinds, int line) {}
