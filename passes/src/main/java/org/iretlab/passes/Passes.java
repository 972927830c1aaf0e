package org.iretlab.passes;

import java.util.ArrayList;
import java.util.List;

/** The passes iretlab offers, by name. */
public final class Passes {
    public static final List<String> NAMES = List.of(StackRealign.THIRTY_TWO, StackRealign.ECODE_64);

    private Passes() {}

    /** The named passes, in the order given; {@code force} lets them override no-realign-stack. */
    public static List<HandlerPass> byNames(List<String> names, boolean force) {
        List<HandlerPass> out = new ArrayList<>();
        for (String n : names) {
            if (n.equals(StackRealign.THIRTY_TWO)) {
                out.add(StackRealign.thirtyTwoBit(force));
            } else if (n.equals(StackRealign.ECODE_64)) {
                out.add(StackRealign.errorCodeSixtyFourBit(force));
            } else {
                throw new IllegalArgumentException("unknown pass '" + n + "': the passes are " + NAMES);
            }
        }
        return out;
    }
}
