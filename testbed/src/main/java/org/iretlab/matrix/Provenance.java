package org.iretlab.matrix;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.iretlab.common.ExternalProcess;

/**
 * How a run was made, beyond what it was asked: the commit of iretlab's own sources and of the
 * corpus (with {@code +dirty} when their files differ from it), and when it started. Two runs of
 * different commits may differ for reasons no LLVM had a part in; {@code compare} says so.
 *
 * @param toolCommit the git commit of the checkout iretlab runs from, or {@code unknown} outside git
 * @param corpusCommit the git commit of the corpus folder, or {@code unknown}
 * @param date when the run started, ISO-8601 UTC to the second
 */
public record Provenance(String toolCommit, String corpusCommit, String date) {
    public static final String UNKNOWN = "unknown";
    private static final Duration GIT_TIME = Duration.ofSeconds(10);

    /** The provenance of a run starting now over the corpus in {@code corpus}. */
    public static Provenance now(Path corpus) {
        return new Provenance(commit(toolFolder(), List.of(":/passes", ":/testbed", ":/pom.xml")), commit(corpus, List.of(".")),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    }

    /** Where the running classes are: inside the checkout when iretlab runs from one. */
    private static Path toolFolder() {
        var source = Provenance.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return null;
        }
        try {
            Path p = Path.of(source.getLocation().toURI());
            return Files.isDirectory(p) ? p : p.getParent();
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** HEAD of the repository holding {@code dir}, with {@code +dirty} when tracked files under {@code paths} changed. */
    static String commit(Path dir, List<String> paths) {
        if (dir == null || !Files.isDirectory(dir)) {
            return UNKNOWN;
        }
        try {
            ExternalProcess.Result head = ExternalProcess.run(List.of("git", "-C", dir.toString(), "rev-parse", "HEAD"), GIT_TIME);
            if (head.exitCode() != 0 || head.timedOut()) {
                return UNKNOWN;
            }
            List<String> status = new ArrayList<>(List.of("git", "-C", dir.toString(), "status", "--porcelain", "--untracked-files=no", "--"));
            status.addAll(paths);
            ExternalProcess.Result changes = ExternalProcess.run(status, GIT_TIME);
            boolean dirty = changes.exitCode() != 0 || !changes.stdout().isBlank();
            return head.stdout().strip() + (dirty ? "+dirty" : "");
        } catch (IOException e) {
            return UNKNOWN;
        }
    }
}
