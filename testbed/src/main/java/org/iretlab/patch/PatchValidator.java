package org.iretlab.patch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.asm.AsmDiff;
import org.iretlab.asm.AsmNormaliser;
import org.iretlab.backend.Toolchains;
import org.iretlab.cell.CellPipeline;
import org.iretlab.target.Target;
import org.iretlab.cell.Cell;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.iretlab.oracle.Oracle;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;

/**
 * Runs a manifest's checks: every claimed, guard and known-regression cell on the baseline and on
 * the candidate (a real LLVM, or the manifest's prototype applied on the baseline), each judged
 * statically and, where QEMU can run it, under the execution oracle.
 */
public final class PatchValidator implements AutoCloseable {
    private static final Set<String> ORACLE_DECIDES = idsOf(Oracle.DECIDES);

    private final Manifest manifest;
    private final List<CorpusCase> corpus;
    private final Toolchains toolchains;
    private final Oracle oracle;
    private final Map<String, CellPipeline> runners = new LinkedHashMap<>();
    private final AsmNormaliser normaliser = AsmNormaliser.standard();

    /**
     * @param oracle null to judge statically only (refused for prototype checks: their claims pass
     *     only under the oracle)
     */
    public PatchValidator(Manifest manifest, List<CorpusCase> corpus, Toolchains toolchains, Oracle oracle) {
        this.manifest = manifest;
        this.corpus = corpus;
        this.toolchains = toolchains;
        this.oracle = oracle;
        cells(); // names every unknown case or target now, before anything is compiled
    }

    /** One cell to run: the claim that names it, the case and the target. */
    private record Named(Claim claim, CorpusCase kase, Target target) {}

    public CheckResult run(Check check) {
        if (check.prototype() && oracle == null) {
            throw new InputException(manifest.file() + ":" + check.line() + ": a prototype's claims pass only under the execution oracle: "
                    + "run without --no-oracle (QEMU: scripts/setup.sh)");
        }
        if (check.prototype() && !(Oracle.available("i386-unknown-none") && Oracle.available("x86_64-unknown-none"))) {
            throw new InputException(manifest.file() + ":" + check.line() + ": a prototype's claims pass only under the execution oracle, "
                    + "and QEMU (qemu-system-i386 and qemu-system-x86_64) is missing: scripts/setup.sh installs it");
        }
        CellPipeline base = runner(check.baseline());
        CellPipeline cand = check.prototype() ? base : runner(check.candidate());
        List<String> passes = check.prototype() ? manifest.prototypePasses() : List.of();
        String candidateName = check.prototype()
                ? "PROTOTYPE (pass " + String.join(",", passes) + " on " + describe(base) + ")" : describe(cand);
        List<CellFlip> flips = new ArrayList<>();
        for (Named n : cells()) {
            flips.add(flip(check, n, base.run(n.kase(), n.target()), cand.run(n.kase(), n.target(), passes)));
        }
        List<String> problems = new ArrayList<>();
        if (check.prototype() && flips.stream().noneMatch(f -> f.claim().role() == Claim.Role.FIXES && f.confirmedByOracle())) {
            problems.add("no claimed cell was confirmed under the oracle (a claimed kind under QEMU on the baseline, none on the "
                    + "PROTOTYPE): a prototype's claim passes only under the oracle");
        }
        for (CellFlip f : flips) {
            // A bracket that introduced the bug must show the claimed kinds arriving, not any regression.
            if (f.expected() == FlipStatus.REGRESSED && f.observed() == FlipStatus.REGRESSED && !f.claim().tokens().isEmpty()
                    && FlipJudge.appeared(f.baselineTokens(), f.candidateTokens()).stream().noneMatch(f.claim().tokens()::contains)) {
                problems.add(f.name() + " regressed, but none of the claimed " + f.claim().tokens() + " appeared statically");
            }
        }
        return new CheckResult(check, describe(base), candidateName, flips, problems);
    }

    private CellFlip flip(Check check, Named n, Cell b, Cell c) {
        Claim claim = n.claim();
        FlipStatus expected = switch (claim.role()) {
            case FIXES -> check.expected();
            case GUARD -> FlipStatus.UNCHANGED;
            case REGRESSES -> FlipStatus.REGRESSED;
        };
        Set<String> bt = staticTokens(b, claim);
        Set<String> ct = staticTokens(c, claim);
        FlipStatus statics = FlipJudge.judge(claim.role(), claim.tokens(), bt, ct);
        FlipStatus dynamic = null;
        String oracleNote = null;
        if (oracle == null) {
            oracleNote = "not asked (--no-oracle)";
        } else {
            Set<String> bo = oracleTokens(b);
            Set<String> co = oracleTokens(c);
            if (bo == null || co == null) {
                oracleNote = "N/A: " + (bo == null ? b : c).oracle().message();
            } else {
                dynamic = FlipJudge.judge(claim.role(), claim.tokens(), bo, co);
            }
        }
        // The oracle overrules a prototype's static fix only where it can see what the claim is about.
        boolean oracleSees = claim.role() != Claim.Role.GUARD && claim.tokens().stream().anyMatch(ORACLE_DECIDES::contains);
        FlipStatus observed = FlipJudge.combine(statics, dynamic, check.prototype() && oracleSees);
        if (check.prototype() && observed == FlipStatus.FIXED) {
            observed = FlipStatus.PROTOTYPE_FIXED;
        }
        String diff = b.asm() == null || c.asm() == null ? ""
                : AsmDiff.unified("baseline", normaliser.normaliseToText(b.asm()), check.prototype() ? "PROTOTYPE" : "candidate",
                        normaliser.normaliseToText(c.asm()), 2);
        return new CellFlip(claim, n.kase(), n.target(), expected, observed, statics, dynamic, oracleNote, b, c, bt, ct, diff);
    }

    /** Finding kinds, the outcome when it is neither OK nor BUG, and the claim's instructions present in the code. */
    private Set<String> staticTokens(Cell cell, Claim claim) {
        Set<String> out = new LinkedHashSet<>(idsOf(cell.kinds()));
        if (cell.outcome() != Outcome.OK && cell.outcome() != Outcome.BUG) {
            out.add(cell.outcome().label);
        }
        if (cell.asm() != null) {
            Set<String> mnemonics = new LinkedHashSet<>();
            for (String line : normaliser.normalise(cell.asm())) {
                mnemonics.add("insn:" + line.strip().split("\\s+")[0]);
            }
            claim.tokens().stream().filter(t -> t.startsWith("insn:") && mnemonics.contains(t)).forEach(out::add);
        }
        return out;
    }

    /** The oracle's kinds (TIMEOUT when a scenario hung), or null when it could not run the cell. */
    private static Set<String> oracleTokens(Cell cell) {
        Cell.OracleSide o = cell.oracle();
        if (o == null || o.outcome() == Outcome.NOT_AVAILABLE) {
            return null;
        }
        Set<String> out = new LinkedHashSet<>(idsOf(o.kinds()));
        if (o.outcome() == Outcome.TIMEOUT) {
            out.add(Outcome.TIMEOUT.label);
        }
        return out;
    }

    private List<Named> cells() {
        List<Named> out = new ArrayList<>();
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Claim claim : manifest.claims()) {
            for (String id : claim.cases()) {
                CorpusCase kase = corpus.stream().filter(k -> k.id().equals(id) || k.stem().equals(id)).findFirst()
                        .orElseThrow(() -> new ManifestException(manifest.file().toString(), claim.line(),
                                "no case '" + id + "' in the corpus: use a case id from ir-tests/cases (the '; id:' line)"));
                for (Target t : targets(claim, kase)) {
                    Integer before = seen.put(kase.id() + " [" + t.spec() + "]", claim.line());
                    if (before != null) {
                        throw new ManifestException(manifest.file().toString(), claim.line(), "case " + kase.id() + " [" + t.spec()
                                + "] is already named on line " + before + ": name each cell once");
                    }
                    out.add(new Named(claim, kase, t));
                }
            }
        }
        return out;
    }

    private List<Target> targets(Claim claim, CorpusCase kase) {
        if (claim.targets().isEmpty()) {
            return kase.targets();
        }
        List<Target> out = new ArrayList<>();
        for (String spec : claim.targets()) {
            String normal = String.join(" ", spec.split("\\s+"));
            out.add(kase.targets().stream().filter(t -> t.spec().equals(normal)).findFirst()
                    .orElseThrow(() -> new ManifestException(manifest.file().toString(), claim.line(), "case " + kase.id()
                            + " has no target '" + spec + "': its targets are " + kase.targets().stream().map(Target::spec).toList())));
        }
        return out;
    }

    private CellPipeline runner(String nameOrMajor) {
        String name = resolve(nameOrMajor);
        return runners.computeIfAbsent(name, n -> new CellPipeline(toolchains.openNameOrPath(n, true), CheckOptions.defaults(), oracle));
    }

    /** A backend name as given, or the first installed backend of a bare LLVM major. */
    public String resolve(String nameOrMajor) {
        if (nameOrMajor.contains("/")) {
            return nameOrMajor;
        }
        return toolchains.resolve(nameOrMajor).get(0);
    }

    private static String describe(CellPipeline r) {
        return r.backendName() + " (LLVM " + r.llvmVersion() + ")";
    }

    /** Kinds as claim tokens, in the order FindingKind lists them (the order this report has always shown). */
    static Set<String> idsOf(Collection<FindingKind> kinds) {
        Set<String> out = new LinkedHashSet<>();
        kinds.stream().sorted().forEach(k -> out.add(k.id()));
        return out;
    }

    @Override
    public void close() {
        runners.values().forEach(CellPipeline::close);
    }
}
