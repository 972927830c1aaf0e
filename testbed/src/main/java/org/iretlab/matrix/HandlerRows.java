package org.iretlab.matrix;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.cell.Cell;
import org.iretlab.oracle.Oracle;
import org.iretlab.asm.AsmFunction;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;
import org.iretlab.verdict.Outcome;

/**
 * A plain file's cell split into one cell per x86_intrcc function: a user with a file of several
 * handlers asks which of them changed on which LLVM, so each is a row of its own. The file is
 * compiled once; each function's cell keeps that function's verdict, oracle results and assembly.
 */
final class HandlerRows {
    /** Joins a file's name and a function's into the row's name. */
    static final String SEPARATOR = "@";

    /** One function's cell, with its own normalised assembly (null when nothing compiled). */
    record Row(Cell cell, String asm) {}

    private HandlerRows() {}

    static String rowName(String fileStem, String function) {
        return fileStem + SEPARATOR + function;
    }

    static List<Row> split(Cell file, List<String> handlers) {
        List<Row> out = new ArrayList<>();
        for (String h : handlers) {
            out.add(file.asm() == null ? new Row(retitled(file, h, file.outcome(), file.kinds(), file.findings(), file.message(),
                    file.oracle()), null) : compiled(file, h));
        }
        return out;
    }

    private static Row compiled(Cell file, String handler) {
        Optional<FunctionVerdict> verdict = file.functions().stream().filter(v -> v.function().equals(handler)).findFirst();
        if (verdict.isEmpty()) {
            // LLVM compiled the file but left this function out (e.g. internal and unused): nothing to judge.
            return new Row(retitled(file, handler, Outcome.NOT_AVAILABLE, Set.of(), List.of(),
                    "@" + handler + " is not in the object LLVM wrote for this file", null), null);
        }
        FunctionVerdict v = verdict.get();
        Cell cell = retitled(file, handler, v.outcome(), v.kinds(), v.findings(), file.message(),
                file.oracle() == null ? null : oracleOf(file.oracle(), handler, v.kinds()));
        String asm = AsmFunction.of(file.asm(), handler).map(f -> AsmFunction.label(handler) + ":\n"
                + String.join("\n", f.lines().stream().map(AsmFunction.Line::text).toList()) + "\n")
                .map(text -> AsmNormaliser.standard().normaliseToText(text)).orElse(null);
        return new Row(cell, asm);
    }

    /** The oracle's results for one function, folded as for a whole cell (a hang wins, then findings). */
    private static Cell.OracleSide oracleOf(Cell.OracleSide file, String handler, Set<FindingKind> staticKinds) {
        List<Oracle.Result> mine = file.results().stream().filter(r -> r.verdict().function().equals(handler)).toList();
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        List<Finding> findings = new ArrayList<>();
        boolean hung = false;
        boolean complete = true;
        int scenarios = 0;
        double seconds = 0;
        for (Oracle.Result r : mine) {
            kinds.addAll(r.verdict().kinds());
            findings.addAll(r.verdict().findings());
            hung |= !r.hung().isEmpty();
            complete &= r.skippedAvx512() == 0 && r.notReturned() == 0;
            scenarios += r.scenarios();
            seconds += r.seconds();
        }
        Outcome outcome = mine.isEmpty() ? file.outcome() : hung ? Outcome.TIMEOUT : !kinds.isEmpty() ? Outcome.BUG
                : complete ? Outcome.OK : Outcome.NOT_AVAILABLE;
        return new Cell.OracleSide(outcome, kinds, findings, null, mine.isEmpty() ? file.message() : null, file.expected(),
                file.verdict(), Oracle.disagreements(staticKinds, kinds, complete, Oracle.unjudged(mine)), scenarios, seconds, mine,
                file.expectation());
    }

    private static Cell retitled(Cell f, String handler, Outcome outcome, Set<FindingKind> kinds, List<Finding> findings,
            String message, Cell.OracleSide oracle) {
        return new Cell(f.caseId(), rowName(f.caseFile(), handler), "@" + handler + " in " + f.title().replaceFirst("^x86_intrcc handler ", ""),
                f.upstream(), f.subject(), f.target(), f.backend(), f.llvmVersion(), f.fixed(), f.passes(), outcome, kinds, findings,
                message, f.expected(), f.verdict(), null, f.passLog(), f.warnings(), f.timings(), oracle, f.artifacts());
    }
}
