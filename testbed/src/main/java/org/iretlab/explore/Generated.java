package org.iretlab.explore;

import org.iretlab.target.Target;

/**
 * One generated handler: its IR as every backend gets it, the target it is compiled for, and where
 * it came from. {@link #fileText()} is the reproducer a person feeds to llc by hand.
 *
 * @param name the file's stem and the key of every result about it
 * @param generator which generator made it ({@code spec} or {@code mutation})
 * @param origin what it was made from: the spec's options, or the corpus case and what was changed
 * @param originCase the corpus case a mutation started from (its stem), or null
 */
public record Generated(String name, String generator, String origin, String originCase, Target target, String ir) {

    /** The reproducer: a header saying how it was made and how to compile it, then the IR. */
    public String fileText() {
        StringBuilder b = new StringBuilder();
        b.append("; iretlab explore: ").append(generator).append(": ").append(origin).append('\n');
        b.append("; target: ").append(target.spec()).append('\n');
        b.append("; RUN: llc ").append(String.join(" ", target.llcArguments())).append(" %s -o -\n");
        return b.append(ir).toString();
    }

    /** The word size of the target (32 or 64): the first part of a target's shape. */
    public int bits() {
        return target.wordBits();
    }
}
