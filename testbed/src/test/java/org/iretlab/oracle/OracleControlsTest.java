package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Assembler;
import org.iretlab.verdict.Finding;
import org.iretlab.verdict.FindingKind;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every check of the oracle proven able to fail: each broken-*.s (real LLVM output with one edit,
 * written by generate.sh) must show the kind its header names under QEMU, and the real code it was
 * made from must not.
 */
class OracleControlsTest {
    private static final Path DIR = Path.of("src/test/resources/oracle");
    private static final Pattern HEADER = Pattern.compile("(?m)^# (triple|features|handler|catches): (\\S+)$");

    /** The finding kinds the oracle reports for one control file. */
    static Set<FindingKind> oracleKinds(Path file) throws Exception {
        String text = Files.readString(file);
        String triple = header(text, "triple");
        String features = text.contains("# features:") ? header(text, "features") : "";
        String[] handler = header(text, "handler").split(":");
        byte[] object = Assembler.assemble(file.toString(), text, triple);
        List<Oracle.Result> results = new Oracle(Duration.ofSeconds(60)).run(object, triple, features,
                List.of(new StaticCheck.Handler(handler[0], handler.length == 2)), CheckOptions.defaults());
        Set<FindingKind> kinds = EnumSet.noneOf(FindingKind.class);
        results.forEach(r -> r.verdict().findings().stream().map(Finding::kind).forEach(kinds::add));
        return kinds;
    }

    static String header(String text, String key) {
        Matcher m = HEADER.matcher(text);
        while (m.find()) {
            if (m.group(1).equals(key)) {
                return m.group(2);
            }
        }
        throw new IllegalArgumentException("no '# " + key + ":' line");
    }

    /**
     * A lost stack double-faults; the harness reports #DF at the push instead of resetting (triple
     * fault): through the IST on 64-bit, through a task gate on 32-bit.
     */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(strings = {"hand-x86_64-stack-lost.s", "hand-i386-stack-lost.s"})
    void aDoubleFaultIsAReportNotATripleFault(String name) throws Exception {
        org.iretlab.Required.qemu();
        Path file = DIR.resolve(name);
        String text = Files.readString(file);
        List<Oracle.Result> results = new Oracle(Duration.ofSeconds(60)).run(
                Assembler.assemble(file.toString(), text, header(text, "triple")), header(text, "triple"), "",
                List.of(new StaticCheck.Handler("handler", false)), CheckOptions.defaults());
        List<Finding> findings = results.get(0).verdict().findings();
        assertTrue(findings.stream().anyMatch(f -> f.kind() == FindingKind.HANDLER_FAULT && f.reason().startsWith("#DF")
                && f.assembly().startsWith("push")), findings::toString);
        assertFalse(findings.stream().anyMatch(f -> f.kind() == FindingKind.TRIPLE_FAULT), findings::toString);
    }

    /** A triple fault resets the machine: it costs its scenario's boot, and the rest run in further boots. */
    @org.junit.jupiter.api.Test
    void aTripleFaultEndsOnlyItsScenario() throws Exception {
        org.iretlab.Required.qemu();
        Path file = DIR.resolve("hand-i386-triple-fault.s");
        String text = Files.readString(file);
        Oracle.Result r = new Oracle(Duration.ofSeconds(60)).run(Assembler.assemble(file.toString(), text, header(text, "triple")),
                header(text, "triple"), "", List.of(new StaticCheck.Handler("handler", false)), CheckOptions.defaults()).get(0);
        assertTrue(r.verdict().findings().stream().allMatch(f -> f.kind() == FindingKind.TRIPLE_FAULT)
                && !r.verdict().findings().isEmpty(), r.verdict()::toString);
        assertTrue(r.boots() == r.scenarios() && r.scenarios() == Scenario.standard(false).size(),
                () -> r.boots() + " boots for " + r.scenarios() + " scenarios");
    }

    @TestFactory
    Stream<DynamicTest> eachControlIsCaughtAndItsBaseIsNot() throws Exception {
        org.iretlab.Required.qemu();
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(f -> f.getFileName().toString().startsWith("broken-")).sorted().toList().stream()
                    .map(broken -> DynamicTest.dynamicTest(broken.getFileName().toString(), () -> {
                        String text = Files.readString(broken);
                        FindingKind kind = FindingKind.byId(header(text, "catches"));
                        String base = text.lines().findFirst().orElseThrow().replaceAll(".*(base-\\S+\\.s).*", "$1");
                        Set<FindingKind> brokenKinds = oracleKinds(broken);
                        assertTrue(brokenKinds.contains(kind), broken + ": the oracle should report " + kind.id()
                                + ", found " + brokenKinds);
                        Set<FindingKind> baseKinds = oracleKinds(DIR.resolve(base));
                        assertFalse(baseKinds.contains(kind), base + " should not show " + kind.id() + ": " + baseKinds);
                    }));
        }
    }
}
