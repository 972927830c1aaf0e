package org.iretlab.report;

import static org.iretlab.report.RunFixture.cell;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportTest {
    @TempDir
    Path dir;

    @Test
    void holdsTheRunInfoAndEveryCellInKeyOrder() throws Exception {
        RunFixture f = new RunFixture(dir);
        f.add(cell("b", "worker-16")).add(cell("a", "llc-22").bug("gpr-clobbered").differsFrom("OK"))
                .add(cell("a", "worker-16"));
        Run run = f.write();
        String json = JsonReport.render(run);
        JsonNode root = new ObjectMapper().readTree(json);

        assertEquals("1/1", root.get("info").get("shard").asText());
        assertEquals(3, root.get("cells").size());
        List<String> order = new ArrayList<>();
        root.get("cells").forEach(c -> order.add(c.get("caseFile").asText() + "/" + c.get("backend").asText()));
        assertEquals(List.of("a/worker-16", "a/llc-22", "b/worker-16"), order);
        assertEquals("gpr-clobbered", root.get("cells").get(1).get("findings").get(0).get("kind").asText());
        assertTrue(json.indexOf("\"info\"") < json.indexOf("\"cells\""), "info first");
        assertTrue(json.contains("\n  \"cells\""), "pretty printed");

        // The record reads back as the same cells: it is the durable result.
        List<Cell> back = new ArrayList<>();
        for (JsonNode c : root.get("cells")) {
            back.add(new ObjectMapper().treeToValue(c, Cell.class));
        }
        assertEquals(run.cells(), back);
    }

    @Test
    void mapsAreSortedWhateverOrderTheyWereBuiltIn() throws Exception {
        Map<String, String> backends = new LinkedHashMap<>();
        backends.put("worker-17", "17.0.6");
        backends.put("llc-16", "16.0.6");
        RunInfo info = RunFixture.info(backends, List.of("a"), List.of());
        String json = JsonReport.render(new Run(dir, info, List.of()));
        assertTrue(json.indexOf("llc-16") < json.indexOf("worker-17"), json);
        assertEquals(json, JsonReport.render(new Run(dir, info, List.of())));
    }
}
