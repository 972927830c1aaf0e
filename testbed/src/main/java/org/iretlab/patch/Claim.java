package org.iretlab.patch;

import java.util.List;
import java.util.Set;

/**
 * One line of a manifest that names cells: corpus cases, optionally restricted to some of their
 * targets, and what the patch does to them.
 *
 * @param targets target specs as the cases write them; empty: every target of each case
 * @param tokens what must disappear ({@link Role#FIXES}) or what appears ({@link Role#REGRESSES}):
 *     finding kind ids, {@code insn:MNEMONIC} for an instruction in the handler's code, or an outcome
 *     (CRASH, REJECTED, ...); empty for guards
 */
public record Claim(Role role, List<String> cases, List<String> targets, Set<String> tokens, int line) {

    public enum Role {
        /** The patch takes these tokens away (FIXED, PROTOTYPE-FIXED, or REGRESSED for the bracket that introduced them). */
        FIXES,
        /** The patch must leave these cells alone: UNCHANGED under every check. */
        GUARD,
        /** A regression the patch is known to bring: REGRESSED under every check. */
        REGRESSES
    }
}
