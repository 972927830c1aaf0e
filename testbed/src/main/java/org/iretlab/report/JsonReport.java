package org.iretlab.report;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.List;
import org.iretlab.cell.Cell;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;

/**
 * The durable, machine-readable result: the run's request and every cell in key order. Maps are
 * sorted and line ends fixed, so two results of the same run differ only where cells do.
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, true);

    /** @param versionSteps where neighbouring LLVM versions of a row differ (what was found, or only the code) */
    @JsonPropertyOrder({"info", "cells", "versionSteps"})
    record Document(RunInfo info, List<Cell> cells, List<VersionSteps.Step> versionSteps) {}

    private JsonReport() {}

    public static String render(Run run) {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(indenter).withArrayIndenter(indenter);
        try {
            return JSON.writer(printer).writeValueAsString(new Document(run.info(), run.cells(), VersionSteps.of(run))) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the run as JSON: " + e.getOriginalMessage(), e);
        }
    }
}
