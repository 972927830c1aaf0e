package org.iretlab.passes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** The passes iretlab offers, by name. */
public final class Passes {
    /** Every pass, in the order the corpus' after-fix expectations assume; x87-mmx-reject is an alternative, not a fix. */
    public static final List<String> NAMES = List.of(StackRealign.THIRTY_TWO, StackRealign.ECODE_64, X87MmxPreserve.SAVE);

    /** The finding kinds the fix passes exist to remove (the only ones they may make disappear). */
    public static final Set<String> CLAIMED = Set.copyOf(
            Stream.concat(StackRealign.CLAIMED.stream(), X87MmxPreserve.CLAIMED.stream()).toList());

    private Passes() {}

    /** The named passes, in the order given; {@code force} lets them override no-realign-stack. */
    public static List<HandlerPass> byNames(List<String> names, boolean force) {
        List<HandlerPass> out = new ArrayList<>();
        for (String n : names) {
            if (n.equals(StackRealign.THIRTY_TWO)) {
                out.add(StackRealign.thirtyTwoBit(force));
            } else if (n.equals(StackRealign.ECODE_64)) {
                out.add(StackRealign.errorCodeSixtyFourBit(force));
            } else if (n.equals(X87MmxPreserve.SAVE)) {
                out.add(X87MmxPreserve.save());
            } else if (n.equals(X87MmxPreserve.REJECT)) {
                out.add(X87MmxPreserve.reject());
            } else {
                throw new IllegalArgumentException("unknown pass '" + n + "': the passes are " + NAMES + " and " + X87MmxPreserve.REJECT);
            }
        }
        return out;
    }
}
