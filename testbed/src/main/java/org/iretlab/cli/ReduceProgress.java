package org.iretlab.cli;

import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import org.iretlab.upstream.Reducer;

/**
 * A reduction's progress on the terminal (candidates tried, the size of the smallest interesting
 * one, elapsed time), on stderr; nothing at all when stderr is not a terminal, so logs and pipes
 * stay quiet. llvm-reduce does not say how many candidates it will try, so the bar has no end.
 */
final class ReduceProgress implements Consumer<Reducer.Progress>, AutoCloseable {
    private final ProgressBar bar;

    ReduceProgress() {
        // System.console() is null when either standard stream is redirected (Java 17): quiet when piped.
        bar = System.console() == null ? null : new ProgressBarBuilder().setTaskName("reduce").setInitialMax(-1)
                .setConsumer(new ConsoleProgressBarConsumer(System.err)).setUpdateIntervalMillis(250).hideEta()
                .setUnit(" candidates", 1).build();
    }

    @Override
    public void accept(Reducer.Progress p) {
        if (bar != null) {
            bar.stepTo(p.tests());
            bar.setExtraMessage(p.interesting() + " interesting, " + p.lines() + " lines of IR");
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
