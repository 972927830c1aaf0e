package org.iretlab.corpus;

import java.util.Set;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.iretlab.target.Target;

/**
 * What one run showed for a case's target, as a header line records it: the outcome and kinds, and
 * for an oracle line what its CR0.TS=1 scenario showed (null otherwise).
 */
public record Observed(Target target, Outcome outcome, Set<FindingKind> kinds, String lazyFp) {}
