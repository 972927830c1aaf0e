package org.iretlab.upstream;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts a reduction's answers as the interestingness server gives them: how many, how many were
 * interesting, the size of the smallest interesting candidate, and the times a benchmark reads
 * (from one answer to the next, and judging alone).
 */
final class Tally {
    private final List<Long> intervals = new ArrayList<>();
    private final List<Long> judging = new ArrayList<>();
    private long start;
    private long last;
    private int interesting;
    private int lines;

    Tally(int lines) {
        this.lines = lines;
    }

    /** llvm-reduce starts now: the first interval counts from here. */
    synchronized void start() {
        start = System.nanoTime();
        last = start;
    }

    synchronized Reducer.Progress add(InterestingnessServer.Answer a) {
        long now = System.nanoTime();
        intervals.add(now - last);
        last = now;
        judging.add(a.nanos());
        if (a.verdict().interesting()) {
            interesting++;
            try {
                lines = Math.min(lines, Reducer.lines(Files.readString(a.candidate())));
            } catch (IOException e) {
                // The size shown is the last one known; the reduction does not depend on it.
            }
        }
        return new Reducer.Progress(intervals.size(), interesting, lines);
    }

    synchronized int tests() {
        return intervals.size();
    }

    synchronized double seconds() {
        return (System.nanoTime() - start) / 1e9;
    }

    synchronized double medianIntervalMillis() {
        return median(intervals);
    }

    synchronized double medianJudgeMillis() {
        return median(judging);
    }

    private static double median(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return 0;
        }
        List<Long> sorted = nanos.stream().sorted().toList();
        int n = sorted.size();
        return (n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0) / 1e6;
    }
}
