package org.iretlab.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.iretlab.common.InputException;

/** Checks of option values several commands share, each failing as an input error (exit 2) that says what to give. */
final class Arguments {
    private Arguments() {}

    /** A time limit in seconds: 0 or less would time out everything at once, which is a wrong answer, not a limit. */
    static Duration timeout(long seconds, String option) {
        if (seconds <= 0) {
            throw new InputException(option + " " + seconds + ": a time limit must be a positive number of seconds (e.g. "
                    + option + " 120)");
        }
        return Duration.ofSeconds(seconds);
    }

    /** A file to write: not a folder, and in a folder that exists. */
    static Path outputFile(Path out, String option) {
        if (Files.isDirectory(out)) {
            throw new InputException(option + " " + out + ": is a folder; name a file to write (e.g. " + out.resolve("report.md") + ")");
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new InputException(option + " " + out + ": the folder " + parent + " does not exist; create it or name another file");
        }
        return out;
    }

    /** Names for a message that fits a terminal: the first ten, then how many more; "none" for none. */
    static String someOf(List<String> names) {
        if (names.isEmpty()) {
            return "none";
        }
        return String.join(", ", names.subList(0, Math.min(10, names.size())))
                + (names.size() > 10 ? " and " + (names.size() - 10) + " more" : "");
    }

    /** Writes a file named by an option; a failure (no permission, disk full) is an input error naming the file. */
    static void write(Path out, String option, String text) {
        try {
            Files.writeString(outputFile(out, option), text);
        } catch (IOException e) {
            throw new InputException(option + " " + out + ": cannot write: " + e.getMessage());
        }
    }
}
