package org.iretlab.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.Corpus;
import org.iretlab.common.InputException;
import org.iretlab.common.Progress;
import org.iretlab.oracle.Oracle;
import org.iretlab.patch.Check;
import org.iretlab.patch.CheckResult;
import org.iretlab.patch.FlipStatus;
import org.iretlab.patch.Manifest;
import org.iretlab.patch.ManifestParser;
import org.iretlab.patch.PatchReport;
import org.iretlab.patch.PatchValidator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "validate-patch", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Check a proposed fix's claims: run the cases its manifest (PATCH/patch.txt) claims to fix, its guard "
                + "cases and its known regressions on a baseline LLVM and on a candidate, statically and under the execution "
                + "oracle, and print per case FIXED, PROTOTYPE-FIXED, REGRESSED, UNCHANGED or STILL-BROKEN with evidence and "
                + "the assembly diff.",
                "Without --baseline/--candidate, every check the manifest states (fixed-in, introduced-by, prototype-on) runs.",
                "Exit 1 when an observed status differs from the one the manifest states (or --expect)."})
final class ValidatePatchCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "PATCH", description = "A patch folder, e.g. patches/D151400.")
    Path patch;

    @Option(names = "--baseline", paramLabel = "LLVM",
            description = "The LLVM without the patch: a major (16), a backend name (worker-16, llc-16, llc-NAME) or an llc's path.")
    String baseline;

    @Option(names = "--candidate", paramLabel = "LLVM|prototype",
            description = "The LLVM with the patch (as --baseline: e.g. your patched llc's path), or 'prototype': the manifest's "
                    + "prototype applied on the baseline.")
    String candidate;

    @Option(names = "--expect", paramLabel = "STATUS",
            description = "What the claimed cells must show on this pair (default: the manifest's line for the pair, else "
                    + "PROTOTYPE-FIXED for the prototype and FIXED for any other candidate).")
    String expect;

    @Option(names = "--oracle", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Also judge under QEMU (default: on; --no-oracle judges statically only, refused for a prototype: "
                    + "its claims pass only under the oracle).")
    boolean oracle;

    @Option(names = "--no-diff", description = "Leave out the assembly diffs.")
    boolean noDiff;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "ir-tests/cases", description = "The case folder (default: ${DEFAULT-VALUE}).")
    Path corpus;

    @Mixin
    LlcConfigOption llcConfig = new LlcConfigOption();

    @Override
    public Integer call() {
        Manifest manifest = ManifestParser.read(patch);
        if ((baseline == null) != (candidate == null)) {
            throw new InputException("give both --baseline and --candidate, or neither (to run the manifest's own checks)");
        }
        Toolchains toolchains = llcConfig.toolchains(Duration.ofSeconds(120));
        PrintWriter out = spec.commandLine().getOut();
        PatchReport report = new PatchReport(out, !noDiff);
        report.header(manifest);
        boolean passed = true;
        try (PatchValidator validator = new PatchValidator(manifest, Corpus.load(corpus), toolchains,
                oracle ? new Oracle(Duration.ofSeconds(30)) : null)) {
            List<Check> checks = checks(manifest, validator);
            try (Progress progress = Progress.start("checks", checks.size())) {
                for (Check check : checks) {
                    progress.item(check.baseline() + " -> " + check.candidate());
                    CheckResult r = validator.run(check);
                    progress.clearLine();
                    report.check(r, check.line() > 0 ? manifest.file() + ":" + check.line() : "from the command line");
                    out.flush();
                    progress.step();
                    passed &= r.passed();
                }
            }
        }
        out.println();
        out.println(passed ? "every check as the manifest states" : "a check differs from what the manifest states");
        out.flush();
        return passed ? ExitCodes.OK : ExitCodes.BUG;
    }

    private List<Check> checks(Manifest manifest, PatchValidator validator) {
        if (baseline == null) {
            return manifest.checks();
        }
        boolean prototype = candidate.equals(Check.PROTOTYPE);
        if (prototype && !manifest.hasPrototype()) {
            throw new InputException(manifest.file() + ": --candidate prototype, but the manifest has no 'prototype:' line");
        }
        FlipStatus expected;
        if (expect != null) {
            expected = FlipStatus.byLabel(expect);
            if (expected == null) {
                throw new InputException("--expect " + expect + ": write FIXED, PROTOTYPE-FIXED, REGRESSED, UNCHANGED or STILL-BROKEN");
            }
        } else {
            String b = validator.resolve(baseline);
            String c = prototype ? Check.PROTOTYPE : validator.resolve(candidate);
            expected = manifest.checks().stream()
                    .filter(k -> b.equals(resolvedOrNull(validator, k.baseline()))
                            && c.equals(k.prototype() ? Check.PROTOTYPE : resolvedOrNull(validator, k.candidate())))
                    .map(Check::expected).findFirst()
                    .orElse(prototype ? FlipStatus.PROTOTYPE_FIXED : FlipStatus.FIXED);
        }
        return List.of(new Check(baseline, candidate, expected, 0));
    }

    /** A manifest's LLVM that is not installed here cannot be the pair the user named. */
    private static String resolvedOrNull(PatchValidator validator, String nameOrMajor) {
        try {
            return validator.resolve(nameOrMajor);
        } catch (InputException e) {
            return null;
        }
    }
}
