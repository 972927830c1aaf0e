package org.iretlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.iretlab.matrix.CellRecord;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.iretlab.matrix.RunStore;

/** Writes a real run folder (run.json, cells.jsonl, asm/) the way a matrix run does, without LLVM. */
final class RunFixture {
    static final Map<String, String> VERSIONS = Map.of(
            "worker-16", "16.0.6", "llc-16", "16.0.6", "worker-17", "17.0.6", "embedded-20", "20.1.8", "llc-22", "22.1.0");

    private final Path dir;
    private final List<CellRecord> cells = new ArrayList<>();
    private final Map<String, String> asm = new LinkedHashMap<>();
    private List<String> passes = List.of();

    RunFixture(Path dir) {
        this.dir = dir;
    }

    RunFixture passes(String... names) {
        passes = List.of(names);
        return this;
    }

    /** Stores assembly text and returns the hash a cell refers to it by. */
    String asm(String text) {
        String hash = RunStore.hash(text);
        asm.put(hash, text);
        return hash;
    }

    RunFixture add(Cell cell) {
        cells.add(cell.build());
        return this;
    }

    Run write() {
        Map<String, String> backends = new LinkedHashMap<>();
        cells.forEach(c -> backends.put(c.backend(), c.llvmVersion()));
        List<String> cases = cells.stream().map(CellRecord::caseFile).distinct().sorted().toList();
        RunInfo info = info(backends, cases, passes);
        try (RunStore store = RunStore.open(dir, info, false)) {
            asm.forEach(store::storeAsm);
            cells.forEach(store::append);
        }
        return Run.load(dir);
    }

    static RunInfo info(Map<String, String> backends, List<String> cases, List<String> passes) {
        return new RunInfo("iretlab test", backends, cases, passes, false, "1/1");
    }

    static Cell cell(String caseFile, String backend) {
        return new Cell(caseFile, backend);
    }

    /** A cell with harmless defaults: OK, as expected, x86_64, no fix passes. */
    static final class Cell {
        String caseFile;
        String title = "a handler";
        List<String> upstream = List.of("llvm#26851");
        List<String> subject = List.of("misaligned-stack-access");
        String target = "x86_64-unknown-none";
        String backend;
        boolean fixed;
        List<String> passes = List.of();
        String outcome = "OK";
        List<String> kinds = List.of();
        List<CellRecord.FindingRecord> findings = new ArrayList<>();
        String message;
        String expected = "OK";
        String verdict = CellRecord.AS_EXPECTED;
        String asm;
        List<String> passLog = List.of();
        List<String> warnings = List.of();
        CellRecord.Timings timings = new CellRecord.Timings(1.5, 0.5, 0.25);

        Cell(String caseFile, String backend) {
            this.caseFile = caseFile;
            this.backend = backend;
        }

        Cell title(String t) {
            title = t;
            return this;
        }

        Cell subject(String... kinds) {
            subject = List.of(kinds);
            return this;
        }

        Cell target(String t) {
            target = t;
            return this;
        }

        Cell fixed(String... passNames) {
            fixed = true;
            passes = List.of(passNames);
            return this;
        }

        /** BUG with these kinds, one finding each. */
        Cell bug(String... found) {
            outcome = "BUG";
            kinds = List.of(found).stream().sorted().toList();
            findings = new ArrayList<>();
            for (String k : kinds) {
                findings.add(new CellRecord.FindingRecord(k, "0x10: movaps %xmm0, (%rsp)", "not provably aligned"));
            }
            return this;
        }

        Cell finding(String kind, String at, String reason) {
            findings.add(new CellRecord.FindingRecord(kind, at, reason));
            return this;
        }

        Cell outcome(String o, String why) {
            outcome = o;
            message = why;
            kinds = List.of();
            findings = new ArrayList<>();
            return this;
        }

        Cell expect(String e) {
            expected = e;
            return this;
        }

        /** Marks the cell as differing from {@code e}. */
        Cell differsFrom(String e) {
            expected = e;
            verdict = CellRecord.DIFFERS;
            return this;
        }

        Cell noExpectation() {
            expected = null;
            verdict = CellRecord.NO_EXPECTATION;
            return this;
        }

        Cell asm(String hash) {
            asm = hash;
            return this;
        }

        Cell passLog(String... lines) {
            passLog = List.of(lines);
            return this;
        }

        Cell warnings(String... lines) {
            warnings = List.of(lines);
            return this;
        }

        Cell timings(double codegenMs) {
            timings = new CellRecord.Timings(codegenMs, 0, 0);
            return this;
        }

        CellRecord build() {
            return new CellRecord("id-" + caseFile, caseFile, title, upstream, subject, target, backend,
                    VERSIONS.getOrDefault(backend, "99.0.0"), fixed, passes, outcome, kinds, findings, message, expected,
                    verdict, asm, passLog, warnings, timings, null);
        }
    }
}
