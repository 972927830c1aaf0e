package org.iretlab.passes;

import java.util.ArrayList;
import java.util.List;

/** The passes iretlab offers, by name. */
public final class Passes {
    public static final List<String> NAMES = List.of(StackRealign32.NAME);

    private Passes() {}

    /** The named passes, in the order given; {@code force} lets stack-realign-32 override no-realign-stack. */
    public static List<HandlerPass> byNames(List<String> names, boolean force) {
        List<HandlerPass> out = new ArrayList<>();
        for (String n : names) {
            if (n.equals(StackRealign32.NAME)) {
                out.add(new StackRealign32(force));
            } else {
                throw new IllegalArgumentException("unknown pass '" + n + "': the passes are " + NAMES);
            }
        }
        return out;
    }
}
