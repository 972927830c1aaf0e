package org.iretlab.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A range of LLVM major versions, written {@code llvm>=17}, {@code llvm<=16}, {@code llvm=20},
 * {@code llvm13-16} or {@code llvm*}.
 */
public record VersionRange(int min, int max) {
    private static final Pattern FORM = Pattern.compile("llvm(?:(\\*)|(>=|<=|=)(\\d+)|(\\d+)-(\\d+))");

    public static VersionRange parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("bad version range '" + text + "': write llvm>=N, llvm<=N, llvm=N, llvmN-M or llvm*");
        }
        if (m.group(1) != null) {
            return new VersionRange(0, Integer.MAX_VALUE);
        }
        if (m.group(2) != null) {
            int n = Integer.parseInt(m.group(3));
            return switch (m.group(2)) {
                case ">=" -> new VersionRange(n, Integer.MAX_VALUE);
                case "<=" -> new VersionRange(0, n);
                default -> new VersionRange(n, n);
            };
        }
        int lo = Integer.parseInt(m.group(4));
        int hi = Integer.parseInt(m.group(5));
        if (lo > hi) {
            throw new IllegalArgumentException("bad version range '" + text + "': " + lo + " is above " + hi);
        }
        return new VersionRange(lo, hi);
    }

    public boolean contains(int major) {
        return major >= min && major <= max;
    }

    public boolean overlaps(VersionRange o) {
        return min <= o.max && o.min <= max;
    }

    @Override
    public String toString() {
        if (min == 0 && max == Integer.MAX_VALUE) {
            return "llvm*";
        }
        if (max == Integer.MAX_VALUE) {
            return "llvm>=" + min;
        }
        if (min == 0) {
            return "llvm<=" + max;
        }
        return min == max ? "llvm=" + min : "llvm" + min + "-" + max;
    }
}
