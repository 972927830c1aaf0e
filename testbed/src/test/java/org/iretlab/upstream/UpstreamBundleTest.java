package org.iretlab.upstream;

import org.iretlab.common.WorkFolder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iretlab.Required;
import org.iretlab.common.ExternalProcess;
import org.iretlab.backend.LlcBackend;
import org.iretlab.backend.Toolchains;
import org.iretlab.corpus.Corpus;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.common.InputException;
import org.iretlab.oracle.Oracle;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.iretlab.asm.AsmFunction;

/**
 * A bug report for each upstream issue of the corpus, built on real llcs and QEMU, and checked for
 * every part; then replayed: the report's own IR and command line, run through the llc it names,
 * give assembly with the marked instruction in it. Whether an issue must reproduce here comes from
 * its case's expectations for these LLVM versions, not from this test.
 */
class UpstreamBundleTest {
    static final Path CASES = Path.of("../ir-tests/cases");
    /** llc versions .ci/run installs: before and after D151400 and llvm#225366's regression. */
    static final List<String> BACKENDS = List.of("llc-14", "llc-16", "llc-19");
    private static final Pattern ISSUE = Pattern.compile("[\\w.-]+/[\\w.-]+#\\d+");
    private static final Pattern COMMAND_LLVM = Pattern.compile("# llc-(\\d+), LLVM ");

    /** Each issue, and the first case (in file order) about it whose subject is a finding. */
    static Map<String, CorpusCase> issues() {
        Map<String, CorpusCase> issues = new LinkedHashMap<>();
        for (CorpusCase c : Corpus.load(CASES)) {
            for (String ref : c.upstream()) {
                Matcher m = ISSUE.matcher(ref);
                while (m.find() && !c.subject().isEmpty()) {
                    issues.putIfAbsent(m.group(), c);
                }
            }
        }
        return issues;
    }

    @TestFactory
    Stream<DynamicTest> aCheckedBundlePerUpstreamIssue() {
        Map<String, CorpusCase> issues = issues();
        assertTrue(issues.keySet().containsAll(List.of("llvm/llvm-project#26851", "llvm/llvm-project#26785",
                "llvm/llvm-project#41189", "llvm/llvm-project#224029", "llvm/llvm-project#225366")), issues.keySet().toString());
        return issues.entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey() + " (case " + e.getValue().stem() + ")", () -> {
            BACKENDS.forEach(Required::backend);
            Required.qemu();
            CorpusCase c = e.getValue();
            Toolchains toolchains = Toolchains.discover(null, false, Duration.ofSeconds(120));
            BugReport report = new BugReport(toolchains, BACKENDS, new Oracle(Duration.ofSeconds(30)));
            try (WorkFolder work = WorkFolder.create("iretlab-bundle-test-")) {
                if (!expectedToReproduce(c)) {
                    InputException refused = assertThrows(InputException.class, () -> report.build(c, work.path()));
                    assertTrue(refused.getMessage().contains("shows on none of"), refused.getMessage());
                    return;
                }
                String markdown = BundleMarkdown.render(report.build(c, work.path()));
                assertEquals(List.of(), BundleCheck.problems(markdown), markdown);
                assertTrue(markdown.contains(e.getKey()), "the report names the issue\n" + markdown);
                replay(markdown, work.path());
                everyPartIsNeeded(markdown);
            }
        }));
    }

    /** The case expects its subject on one of the backends' LLVM versions, on one of its targets. */
    private static boolean expectedToReproduce(CorpusCase c) {
        return c.targets().stream().anyMatch(t -> Stream.of(14, 16, 19).anyMatch(major -> c.expectation(t, major)
                .map(x -> x.kinds().stream().anyMatch(c.subject()::contains)).orElse(false)));
    }

    /** The report's IR through the report's first command line on the llc it names shows each marked instruction. */
    private static void replay(String markdown, Path dir) throws Exception {
        String ir = BundleCheck.fenced(markdown, BundlePart.IR, "llvm");
        String command = BundleCheck.fenced(markdown, BundlePart.COMMANDS, "sh").lines().findFirst().orElseThrow();
        Matcher llvm = COMMAND_LLVM.matcher(command);
        assertTrue(llvm.find(), command);
        Files.writeString(dir.resolve(BugReport.IR_FILE), ir);
        List<String> args = new ArrayList<>(List.of(LlcBackend.debianLlc(Integer.parseInt(llvm.group(1))).toString()));
        for (String word : command.substring(0, command.indexOf('#')).strip().split("\\s+")) {
            args.add(word.equals(BugReport.IR_FILE) ? dir.resolve(word).toString() : word);
        }
        args.remove(1); // the command's own "llc"
        ExternalProcess.Result r = ExternalProcess.run(args, Duration.ofSeconds(60));
        assertEquals(0, r.exitCode(), r.stderr());
        String asm = BundleCheck.fenced(markdown, BundlePart.ASSEMBLY, "asm");
        List<String> marked = asm.lines().filter(l -> l.contains(MarkedAssembly.MARK) && !l.substring(0, l.indexOf(MarkedAssembly.MARK)).isBlank())
                .map(l -> l.substring(0, l.indexOf(MarkedAssembly.MARK)).strip()).toList();
        assertFalse(marked.isEmpty(), asm);
        String function = asm.lines().findFirst().orElseThrow().replace(":", "");
        List<String> replayed = AsmFunction.of(r.stdout(), function).orElseThrow().instructions();
        for (String m : marked) {
            assertTrue(replayed.contains(m), "'" + m + "' is not in llc's output of the report's command:\n" + r.stdout());
        }
    }

    /** Negative controls: the report without any one of its parts, or with its mark removed, fails the check. */
    private static void everyPartIsNeeded(String markdown) {
        for (BundlePart p : BundlePart.values()) {
            int start = markdown.indexOf(p.line());
            int next = p.ordinal() + 1 < BundlePart.values().length ? markdown.indexOf(BundlePart.values()[p.ordinal() + 1].line())
                    : markdown.length();
            String cut = markdown.substring(0, start) + markdown.substring(next);
            assertTrue(BundleCheck.problems(cut).contains("part missing: " + p.heading), "cutting " + p.heading + " went unnoticed");
            String emptied = markdown.substring(0, start) + p.line() + "\n\n" + markdown.substring(next);
            assertFalse(BundleCheck.problems(emptied).isEmpty(), "emptying " + p.heading + " went unnoticed");
        }
        String unmarked = markdown.replace(MarkedAssembly.MARK, "# ");
        assertTrue(BundleCheck.problems(unmarked).stream().anyMatch(s -> s.startsWith(BundlePart.ASSEMBLY.heading)), "an unmarked listing went unnoticed");
    }
}
