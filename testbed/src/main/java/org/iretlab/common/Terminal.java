package org.iretlab.common;

import java.io.IOException;
import java.util.Locale;
import org.jline.terminal.TerminalBuilder;

/**
 * What iretlab knows of where its output goes: whether a person watches (progress is shown) and how
 * wide their terminal is (tables fit it). {@code IRETLAB_PROGRESS=always|never} overrides the
 * first, for tests and for CI logs that want progress anyway; {@code COLUMNS} the second.
 */
public final class Terminal {
    /** The width of tables written where no terminal tells one (a pipe, a file, a CI log). */
    public static final int DEFAULT_WIDTH = 100;

    private Terminal() {}

    /** True when a person watches: a console, unless IRETLAB_PROGRESS says otherwise. */
    public static boolean interactive() {
        return interactive(System.getenv("IRETLAB_PROGRESS"), System.console() != null);
    }

    static boolean interactive(String override, boolean console) {
        if (override == null || override.isBlank()) {
            return console;
        }
        return switch (override.strip().toLowerCase(Locale.ROOT)) {
            case "always", "1", "yes", "true" -> true;
            case "never", "0", "no", "false" -> false;
            default -> throw new InputException("IRETLAB_PROGRESS=" + override + ": give always or never (or leave it unset)");
        };
    }

    /** Columns a line may take: COLUMNS, else the terminal's own width, else {@link #DEFAULT_WIDTH}. */
    public static int width() {
        return width(System.getenv("COLUMNS"), System.console() != null ? Terminal::systemWidth : () -> 0);
    }

    static int width(String columns, java.util.function.IntSupplier terminal) {
        if (columns != null && columns.strip().matches("\\d{1,5}") && Integer.parseInt(columns.strip()) >= 40) {
            return Integer.parseInt(columns.strip());
        }
        int w = terminal.getAsInt();
        return w >= 40 ? w : DEFAULT_WIDTH;
    }

    private static int systemWidth() {
        try (org.jline.terminal.Terminal t = TerminalBuilder.builder().system(true).dumb(true).build()) {
            return t.getWidth();
        } catch (IOException | RuntimeException e) {
            // No terminal to ask: the default width is as good as any.
            return 0;
        }
    }
}
