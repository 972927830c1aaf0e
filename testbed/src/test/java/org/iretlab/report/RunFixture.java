package org.iretlab.report;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.cell.Cell;
import org.iretlab.cell.Expected;
import org.iretlab.cell.Verdict;
import org.iretlab.matrix.Provenance;
import org.iretlab.matrix.Run;
import org.iretlab.matrix.RunInfo;
import org.iretlab.matrix.RunStore;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/** Writes a real run folder (run.json, cells.jsonl, asm/) the way a matrix run does, without LLVM. */
final class RunFixture {
    static final Map<String, String> VERSIONS = Map.of(
            "worker-16", "16.0.6", "llc-16", "16.0.6", "worker-17", "17.0.6", "embedded-20", "20.1.8", "llc-22", "22.1.0");

    private final Path dir;
    private final List<Cell> cells = new ArrayList<>();
    private final Map<String, String> asm = new LinkedHashMap<>();
    private List<String> passes = List.of();
    private final Map<String, String> digests = new LinkedHashMap<>();
    private Provenance made;

    RunFixture(Path dir) {
        this.dir = dir;
    }

    RunFixture passes(String... names) {
        passes = List.of(names);
        return this;
    }

    /** The commits and date the run records. */
    RunFixture made(String toolCommit, String corpusCommit) {
        made = new Provenance(toolCommit, corpusCommit, "2026-01-01T00:00:00Z");
        return this;
    }

    /** The digest the run records of a case's file. */
    RunFixture digest(String caseFile, String digest) {
        digests.put(caseFile, digest);
        return this;
    }

    /** Stores assembly text and returns the hash a cell refers to it by. */
    String asm(String text) {
        String hash = RunStore.hash(text);
        asm.put(hash, text);
        return hash;
    }

    RunFixture add(CellBuilder cell) {
        cells.add(cell.build());
        return this;
    }

    Run write() {
        Map<String, String> backends = new LinkedHashMap<>();
        cells.forEach(c -> backends.put(c.backend(), c.llvmVersion()));
        List<String> cases = cells.stream().map(Cell::caseFile).distinct().sorted().toList();
        RunInfo info = new RunInfo("iretlab test", backends, cases, passes, false, "1/1", false, digests, made);
        try (RunStore store = RunStore.open(dir, info, false)) {
            asm.forEach(store::storeAsm);
            cells.forEach(store::append);
        }
        return Run.load(dir);
    }

    static RunInfo info(Map<String, String> backends, List<String> cases, List<String> passes) {
        return new RunInfo("iretlab test", backends, cases, passes, false, "1/1", false, Map.of());
    }

    static CellBuilder cell(String caseFile, String backend) {
        return new CellBuilder(caseFile, backend);
    }

    /** A cell with harmless defaults: OK, as expected, x86_64, no fix passes. */
    static final class CellBuilder {
        private static final Pattern AT = Pattern.compile("0x([0-9a-f]+): (.*)");
        String caseFile;
        String title = "a handler";
        List<String> upstream = List.of("llvm#26851");
        List<FindingKind> subject = List.of(FindingKind.MISALIGNED_STACK_ACCESS);
        String target = "x86_64-unknown-none";
        String backend;
        boolean fixed;
        List<String> passes = List.of();
        Outcome outcome = Outcome.OK;
        List<FindingKind> kinds = List.of();
        List<Finding> findings = new ArrayList<>();
        String message;
        Expected expected = Expected.parse("OK");
        Verdict verdict = Verdict.AS_EXPECTED;
        String asm;
        List<String> passLog = List.of();
        List<String> warnings = List.of();
        Cell.Timings timings = new Cell.Timings(1.5, 0.5, 0.25);
        String llvmVersion;
        Cell.OracleSide oracle;

        CellBuilder(String caseFile, String backend) {
            this.caseFile = caseFile;
            this.backend = backend;
        }

        CellBuilder title(String t) {
            title = t;
            return this;
        }

        CellBuilder subject(String... kinds) {
            subject = kinds(kinds);
            return this;
        }

        CellBuilder target(String t) {
            target = t;
            return this;
        }

        CellBuilder fixed(String... passNames) {
            fixed = true;
            passes = List.of(passNames);
            return this;
        }

        /** BUG with these kinds, one finding each. */
        CellBuilder bug(String... found) {
            outcome = Outcome.BUG;
            kinds = kinds(found);
            findings = new ArrayList<>();
            for (FindingKind k : kinds) {
                findings.add(new Finding(k, 0x10, "movaps %xmm0, (%rsp)", "not provably aligned"));
            }
            return this;
        }

        CellBuilder finding(String kind, String at, String reason) {
            Matcher m = AT.matcher(at);
            findings.add(m.matches() ? new Finding(FindingKind.byId(kind), Long.parseLong(m.group(1), 16), m.group(2), reason)
                    : Finding.inIr(FindingKind.byId(kind), at, reason));
            return this;
        }

        CellBuilder outcome(String o, String why) {
            outcome = Arrays.stream(Outcome.values()).filter(x -> x.label.equals(o)).findFirst().orElseThrow();
            message = why;
            kinds = List.of();
            findings = new ArrayList<>();
            return this;
        }

        CellBuilder expect(String e) {
            expected = Expected.parse(e);
            return this;
        }

        /** Marks the cell as differing from {@code e}. */
        CellBuilder differsFrom(String e) {
            expected = Expected.parse(e);
            verdict = Verdict.DIFFERS;
            return this;
        }

        CellBuilder noExpectation() {
            expected = null;
            verdict = Verdict.NO_EXPECTATION;
            return this;
        }

        CellBuilder asm(String hash) {
            asm = hash;
            return this;
        }

        CellBuilder passLog(String... lines) {
            passLog = List.of(lines);
            return this;
        }

        CellBuilder warnings(String... lines) {
            warnings = List.of(lines);
            return this;
        }

        /** The oracle's side: BUG with these kinds (OK without), as expected or differing from its line. */
        CellBuilder oracle(boolean differs, String... found) {
            List<FindingKind> k = kinds(found);
            oracle = new Cell.OracleSide(k.isEmpty() ? Outcome.OK : Outcome.BUG, Set.copyOf(k), List.of(), null, null,
                    Expected.parse("OK"), differs ? Verdict.DIFFERS : Verdict.AS_EXPECTED, List.of(), 4, 0.5, null, null);
            return this;
        }

        /** The backend's LLVM version, when it is not the one {@link #VERSIONS} gives it. */
        CellBuilder llvm(String version) {
            llvmVersion = version;
            return this;
        }

        CellBuilder timings(double codegenMs) {
            timings = new Cell.Timings(codegenMs, 0, 0);
            return this;
        }

        Cell build() {
            return new Cell("id-" + caseFile, caseFile, title, upstream, Set.copyOf(subject), target, backend,
                    llvmVersion != null ? llvmVersion : VERSIONS.getOrDefault(backend, "99.0.0"), fixed, passes, outcome, Set.copyOf(kinds), findings, message, expected,
                    verdict, asm, passLog, warnings, timings, oracle, null);
        }

        private static List<FindingKind> kinds(String... ids) {
            return Arrays.stream(ids).map(FindingKind::byId).toList();
        }
    }
}
