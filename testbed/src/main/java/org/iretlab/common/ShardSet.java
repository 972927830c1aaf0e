package org.iretlab.common;

import java.nio.file.Path;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shards a merge is given ({@code --shard I/N} of matrix or explore runs): each of one N, each
 * once, and every one of 1..N unless the merge is partial. Each is checked as it is added, so that
 * the error names its folder.
 */
public final class ShardSet {
    private static final Pattern SHARD = Pattern.compile("(\\d+)/(\\d+)");

    private final String notShard;
    private final TreeSet<Integer> seen = new TreeSet<>();
    private int of;

    /** @param notShard what to do about a folder whose recorded shard is not I/N, said after the error */
    public ShardSet(String notShard) {
        this.notShard = notShard;
    }

    /** Adds the shard {@code shard} (as the run in {@code folder} recorded it); the first one added sets N. */
    public void add(Path folder, String shard) {
        Matcher m = SHARD.matcher(shard == null ? "" : shard);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1 || Integer.parseInt(m.group(1)) > Integer.parseInt(m.group(2))) {
            throw new InputException(folder + ": shard '" + shard + "' is not I/N " + notShard);
        }
        int n = Integer.parseInt(m.group(2));
        if (of == 0) {
            of = n;
        }
        if (n != of) {
            throw new InputException(folder + ": shard " + shard + " is not one of " + of);
        }
        if (!seen.add(Integer.parseInt(m.group(1)))) {
            throw new InputException(folder + ": shard " + shard + " is given twice");
        }
    }

    /** Refuses a merge that lacks a shard, unless {@code partial}. */
    public void requireAll(boolean partial) {
        if (complete() || partial) {
            return;
        }
        TreeSet<Integer> missing = new TreeSet<>();
        for (int i = 1; i <= of; i++) {
            if (!seen.contains(i)) {
                missing.add(i);
            }
        }
        throw new InputException("shards " + missing + " of " + of + " are missing: give every shard's folder, "
                + "or --partial to merge what there is");
    }

    public boolean complete() {
        return seen.size() == of;
    }

    /** The shards given, by number. */
    public TreeSet<Integer> seen() {
        return new TreeSet<>(seen);
    }

    /** N. */
    public int of() {
        return of;
    }
}
