package org.iretlab.backend;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The order reports put backends in: by LLVM major version, so that neighbouring columns are
 * neighbouring versions; within a version embedded, then worker, then llc; user-named llcs last.
 */
public final class BackendOrder {
    private static final Pattern NAME = Pattern.compile("(embedded|worker|llc)-(\\d+)");

    public static final Comparator<String> COMPARATOR = BackendOrder::compare;

    private BackendOrder() {}

    public static int compare(String a, String b) {
        int c = Integer.compare(major(a), major(b));
        if (c == 0) {
            c = Integer.compare(kindRank(a), kindRank(b));
        }
        return c != 0 ? c : a.compareTo(b);
    }

    /** The LLVM major version a backend name carries, or MAX_VALUE for a user's llc. */
    public static int major(String backend) {
        Matcher m = NAME.matcher(backend);
        return m.matches() ? Integer.parseInt(m.group(2)) : Integer.MAX_VALUE;
    }

    private static int kindRank(String backend) {
        return backend.startsWith("embedded-") ? 0 : backend.startsWith("worker-") ? 1 : 2;
    }
}
