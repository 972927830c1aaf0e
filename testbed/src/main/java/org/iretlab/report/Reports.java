package org.iretlab.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.matrix.Run;

/** Writes every report of a run next to each other, the way `iretlab matrix` and `merge` leave them. */
public final class Reports {
    public static final String MARKDOWN = "report.md";
    public static final String HTML = "report.html";
    public static final String JSON = "results.json";
    public static final String JUNIT = "junit.xml";

    private Reports() {}

    public static List<Path> writeAll(Run run, Path dir) {
        return writeAll(run, dir, null);
    }

    /** The reports, the HTML page marking what changed since {@code previous} (null: no earlier run to compare with). */
    public static List<Path> writeAll(Run run, Path dir, Run previous) {
        Map<String, String> files = new LinkedHashMap<>();
        files.put(MARKDOWN, MarkdownReport.render(run));
        files.put(HTML, HtmlReport.render(run, previous == null ? null : RunComparison.compare(previous, run)));
        files.put(JSON, JsonReport.render(run));
        files.put(JUNIT, JUnitReport.render(run));
        List<Path> written = new ArrayList<>();
        try {
            Files.createDirectories(dir);
            for (Map.Entry<String, String> f : files.entrySet()) {
                Path file = dir.resolve(f.getKey());
                // Write beside and move, so a reader (a CI step, a browser) never sees half a report.
                Path tmp = dir.resolve(f.getKey() + ".tmp");
                Files.writeString(tmp, f.getValue(), StandardCharsets.UTF_8);
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                written.add(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException(dir + ": cannot write the reports (" + e + "); check that the folder is writable", e);
        }
        return List.copyOf(written);
    }
}
