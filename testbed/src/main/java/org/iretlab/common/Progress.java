package org.iretlab.common;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * The progress of a long command (items done of all, the current item, the time left) on the
 * terminal's standard error, and nothing at all when no person watches ({@link Terminal#interactive}),
 * so that piped output and logs stay what they were. Safe to step from several threads.
 */
public final class Progress implements AutoCloseable {
    private final ProgressBar bar;
    private final PrintStream out;
    private final int width;

    private Progress(ProgressBar bar, PrintStream out, int width) {
        this.bar = bar;
        this.out = out;
        this.width = width;
    }

    /**
     * A bar for {@code total} items of {@code task} (e.g. "cells") when a person watches, else a silent
     * one; a total of -1 when it is not known beforehand (a count with no end).
     */
    public static Progress start(String task, long total) {
        return Terminal.interactive() ? to(System.err, task, total, Terminal.width()) : new Progress(null, null, 0);
    }

    /** A bar on {@code out}, whatever the terminal: what {@link #start} uses, and what tests read. */
    static Progress to(PrintStream out, String task, long total, int width) {
        ProgressBar bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(total)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setMaxRenderedLength(width - 1)
                .setConsumer(new ConsoleProgressBarConsumer(out, width - 1))
                .clearDisplayOnFinish()
                .build();
        return new Progress(bar, out, width);
    }

    /**
     * Clears the bar's line so that a line the command prints now starts in the first column (the bar
     * is drawn again at its next update, below it). Call before printing while the bar runs.
     */
    public void clearLine() {
        if (bar != null) {
            synchronized (out) {
                out.print("\r" + " ".repeat(width - 1) + "\r");
                out.flush();
            }
        }
    }

    /** Names what is being worked on now (shown beside the count). */
    public void item(String current) {
        if (bar != null) {
            bar.setExtraMessage(current);
        }
    }

    /** {@code done} items done so far (a count kept elsewhere, e.g. llvm-reduce's candidates). */
    public void stepTo(long done) {
        if (bar != null) {
            bar.stepTo(done);
        }
    }

    /** One more item done. */
    public void step() {
        if (bar != null) {
            bar.step();
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
