package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.iretlab.matrix.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportsTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFourReportsIntoTheFolder() throws Exception {
        Run run = new RunFixture(dir.resolve("run")).add(cell("a", "worker-16").bug("gpr-clobbered").differsFrom("OK")).write();
        Path out = dir.resolve("reports");
        List<Path> written = Reports.writeAll(run, out);

        assertEquals(List.of(out.resolve("report.md"), out.resolve("report.html"), out.resolve("results.json"),
                out.resolve("junit.xml")), written);
        assertEquals(MarkdownReport.render(run), Files.readString(written.get(0)));
        assertEquals(HtmlReport.render(run), Files.readString(written.get(1)));
        assertEquals(JsonReport.render(run), Files.readString(written.get(2)));
        assertEquals(JUnitReport.render(run), Files.readString(written.get(3)));
        try (var files = Files.list(out)) {
            assertEquals(4, files.count(), "no temporary files left");
        }
        assertTrue(Files.readString(written.get(3)).contains("failures=\"1\""));
    }
}
