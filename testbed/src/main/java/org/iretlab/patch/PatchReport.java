package org.iretlab.patch;

import java.io.PrintWriter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.iretlab.cell.Cell;
import org.iretlab.verdict.Finding;

/** The terminal report of a validation: per check, per cell, the status with its evidence. */
public final class PatchReport {
    private final PrintWriter out;
    private final boolean diffs;

    /** @param diffs print each cell's assembly diff, baseline to candidate */
    public PatchReport(PrintWriter out, boolean diffs) {
        this.out = out;
        this.diffs = diffs;
    }

    public void header(Manifest m) {
        out.println("patch " + m.name() + ": " + m.title());
        m.upstream().forEach(u -> out.println("  upstream: " + u));
        if (m.ref() != null) {
            out.println("  ref: " + m.ref());
        }
        out.println("  state: " + m.state());
        if (m.hasPrototype()) {
            out.println("  PROTOTYPE: pass " + String.join(",", m.prototypePasses())
                    + " (the fix's effect on the generated code, not a fix of LLVM)");
        }
        if (m.noBracket() != null) {
            out.println("  no bracket: " + m.noBracket());
        }
        if (m.proposal() != null) {
            out.println("  proposal: " + m.dir().relativize(m.proposal().diff()) + (m.proposal().tested() ? " (tested)" : " (untested)")
                    + (m.proposal().note().isEmpty() ? "" : ": " + m.proposal().note()));
        }
    }

    public void check(CheckResult r, String where) {
        out.println();
        out.println("check " + where + ": " + r.check().describe());
        out.println("  baseline:  " + r.baseline());
        out.println("  candidate: " + r.candidate());
        for (CellFlip f : r.cells()) {
            cell(f, r.check().prototype());
        }
        StringBuilder counts = new StringBuilder();
        for (FlipStatus s : FlipStatus.values()) {
            if (r.count(s) > 0) {
                counts.append(counts.length() == 0 ? "" : ", ").append(s.label).append(' ').append(r.count(s));
            }
        }
        long differ = r.cells().stream().filter(c -> !c.asStated()).count();
        out.println("  " + counts + (differ == 0 ? ": every cell as the manifest states" : "; " + differ + " cell(s) differ from the manifest"));
        r.problems().forEach(p -> out.println("  FAILED: " + p));
        out.println("  => " + (r.passed() ? "as stated" : "NOT as stated"));
    }

    private void cell(CellFlip f, boolean prototype) {
        String role = switch (f.claim().role()) {
            case FIXES -> "fixes " + String.join(" ", f.claim().tokens());
            case GUARD -> "guard";
            case REGRESSES -> "regresses " + String.join(" ", f.claim().tokens());
        };
        // A prototype's fix that the oracle could not run is static evidence only, and says so.
        String status = f.observed() == FlipStatus.PROTOTYPE_FIXED && f.oracleStatus() == null
                ? f.observed() + " (static only)" : f.observed().label;
        out.printf("  %-52s %-28s %-29s %s%n", f.name(), role, status, f.asStated() ? "as stated" : "EXPECTED " + f.expected());
        out.println("      static " + label(f.staticStatus(), prototype) + ": " + tokens(f.baselineTokens()) + " -> " + tokens(f.candidateTokens()));
        if (f.oracleStatus() != null) {
            out.println("      oracle " + label(f.oracleStatus(), prototype) + ": " + tokens(oracleKinds(f.baseline())) + " -> "
                    + tokens(oracleKinds(f.candidate())) + " (" + f.candidate().oracle().scenarios() + " scenarios)");
        } else {
            out.println("      oracle: " + f.oracleNote());
        }
        Set<String> shown = new LinkedHashSet<>(f.claim().tokens());
        shown.addAll(FlipJudge.appeared(f.baselineTokens(), f.candidateTokens()));
        evidence("baseline", f.baseline(), shown);
        evidence("candidate", f.candidate(), shown);
        if (diffs && !f.asmDiff().isEmpty()) {
            f.asmDiff().lines().forEach(l -> out.println("      " + l));
        }
    }

    /** The first finding of each kind worth showing: the claimed ones and those that appeared. */
    private void evidence(String side, Cell cell, Set<String> kinds) {
        if (cell.message() != null && cell.asm() == null) {
            out.println("      " + side + ": " + cell.outcome() + ": " + cell.message().lines().findFirst().orElse(""));
        }
        print(side, cell.findings(), kinds, "");
        if (cell.oracle() != null) {
            print(side, cell.oracle().findings(), kinds, " (oracle)");
        }
    }

    private void print(String side, List<Finding> findings, Set<String> kinds, String suffix) {
        Set<String> done = new LinkedHashSet<>();
        for (Finding f : findings) {
            if (kinds.contains(f.kind().id()) && done.add(f.kind().id())) {
                out.println("      " + side + suffix + ": " + f.describe());
            }
        }
    }

    private static Set<String> oracleKinds(Cell cell) {
        return PatchValidator.idsOf(cell.oracle().kinds());
    }

    /** A side's fix on a prototype is a PROTOTYPE-FIXED too: the word FIXED is kept for real LLVMs. */
    private static String label(FlipStatus s, boolean prototype) {
        return prototype && s == FlipStatus.FIXED ? FlipStatus.PROTOTYPE_FIXED.label : s.label;
    }

    private static String tokens(Set<String> t) {
        return t.isEmpty() ? "none" : String.join(" ", t);
    }
}
