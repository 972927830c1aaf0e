package org.iretlab.oracle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.iretlab.analysis.CheckOptions;
import org.iretlab.analysis.StaticCheck;
import org.iretlab.backend.Assembler;
import org.iretlab.backend.InProcessBackend;
import org.iretlab.cell.CellPipeline;
import org.iretlab.corpus.CaseParser;
import org.iretlab.corpus.CorpusCase;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Many handlers in one kernel boot give each the verdict it gets in a kernel of its own: corpus
 * cases compiled by the embedded LLVM and the oracle's controls (real LLVM output, every one named
 * {@code handler}, most calling {@code ext}: the names meet unless each object is renamed apart),
 * 32- and 64-bit, with and without an error code. And a handler that faults, resets the machine,
 * hangs or clobbers everything in the same batch as clean ones keeps its own outcome while the
 * clean ones keep theirs.
 */
class BatchedOracleTest {
    private static final Path CONTROLS = Path.of("src/test/resources/oracle");
    private static final Path CASES = Path.of("../ir-tests/cases");
    private static final List<String> CORPUS = List.of("01-misaligned-call-i686", "04-ecode-call-alignment-x86_64",
            "05-ecode-align64-local-x86_64", "10a-x87-call-x86_64", "10b-x87-call-i686", "11a-avx-call-x86_64",
            "16b-cld-call-x86_64", "17-avx-vzeroupper-x86_64", "21-realign32-align16-leaf-noecode",
            "24-realign32-align16-call-ecode", "27-realign32-align32-call-noecode", "fe-clang14-page-fault-m32",
            "fe-clang16-callee-facts-x86_64");

    @Test
    void eachHandlersVerdictInABatchIsItsVerdictAlone() throws Exception {
        org.iretlab.Required.qemu();
        List<Oracle.Job> jobs = new ArrayList<>(controls());
        try (CellPipeline pipeline = CellPipeline.of(new InProcessBackend())) {
            for (String id : CORPUS) {
                Path file = CASES.resolve(id + ".ll");
                CorpusCase c = CaseParser.parse(file, Files.readString(file));
                jobs.add(pipeline.oracleJob(pipeline.run(c, c.targets().get(0))).orElseThrow(() -> new AssertionError(id)));
            }
        }
        assertTrue(jobs.stream().anyMatch(j -> Mode.of(j.triple()) == Mode.BITS32)
                && jobs.stream().anyMatch(j -> Mode.of(j.triple()) == Mode.BITS64));
        Oracle oracle = new Oracle(Duration.ofSeconds(60));

        List<List<Oracle.Result>> batched = oracle.run(jobs);
        for (int j = 0; j < jobs.size(); j++) {
            Oracle.Job job = jobs.get(j);
            for (int h = 0; h < job.handlers().size(); h++) {
                Oracle.Result solo = oracle.run(job.object(), job.triple(), job.features(), List.of(job.handlers().get(h)),
                        job.options()).get(0);
                Oracle.Result inBatch = batched.get(j).get(h);
                String where = job.triple() + " @" + job.handlers().get(h).symbol() + " of job " + j;
                assertEquals(Seen.of(solo), Seen.of(inBatch), where);
                // Not vacuous: it did share a kernel (a batch that cannot be linked runs its handlers alone).
                assertEquals(1, solo.kernelHandlers(), where);
                assertTrue(inBatch.kernelHandlers() > 1, where + ": a kernel of " + inBatch.kernelHandlers());
            }
        }
    }

    @Test
    void aHandlerThatFaultsResetsHangsOrClobbersKeepsItsOutcomeAndTheCleanOnesTheirs() throws Exception {
        org.iretlab.Required.qemu();
        Oracle.Job clean32 = assembled("quiet.s", QUIET.formatted("iretl"), "i686-unknown-none");
        Oracle.Job clean64 = assembled("quiet.s", QUIET.formatted("iretq"), "x86_64-unknown-none");
        Oracle.Job lost32 = control("hand-i386-stack-lost.s");
        Oracle.Job reset32 = control("hand-i386-triple-fault.s");
        Oracle.Job clobbers32 = assembled("clobbers.s", CLOBBERS_32, "i686-unknown-none");
        Oracle.Job clobbers64 = assembled("clobbers.s", CLOBBERS_64, "x86_64-unknown-none");
        Oracle.Job hangs64 = assembled("spin.s", SPIN_64, "x86_64-unknown-none");
        // Each bad one between clean ones: what follows it in its boot is what it could spoil.
        List<Oracle.Job> jobs = List.of(clean32, lost32, clean32, reset32, clean32, clobbers32, clean32,
                clean64, clobbers64, clean64, hangs64, clean64);
        Oracle oracle = new Oracle(Duration.ofSeconds(6));
        List<Oracle.Result> results = oracle.run(jobs).stream().map(r -> r.get(0)).toList();

        for (int i : new int[] {0, 2, 4, 6, 7, 9, 11}) {
            Oracle.Result r = results.get(i);
            assertEquals(Outcome.OK, r.verdict().outcome(), i + ": " + r.verdict());
            assertEquals(Scenario.standard(Mode.of(jobs.get(i).triple()) == Mode.BITS64).size(), r.scenarios(), i + ": " + r.verdict());
        }
        assertTrue(results.get(1).verdict().findings().stream().anyMatch(f -> f.kind() == FindingKind.HANDLER_FAULT
                && f.reason().startsWith("#DF")), results.get(1).verdict()::toString);
        assertTrue(results.get(3).verdict().kinds().contains(FindingKind.TRIPLE_FAULT), results.get(3).verdict()::toString);
        results.forEach(r -> assertTrue(r.kernelHandlers() > 1, r.verdict()::toString));
        for (int i : new int[] {5, 8}) {
            assertTrue(results.get(i).verdict().kinds().containsAll(List.of(FindingKind.GPR_CLOBBERED, FindingKind.MXCSR_CLOBBERED,
                    FindingKind.X87_STATE_CLOBBERED, FindingKind.SEGMENT_CLOBBERED)),
                    i + ": " + results.get(i).verdict());
        }
        Oracle.Result hung = results.get(10);
        assertEquals(Outcome.TIMEOUT, hung.verdict().outcome(), hung.verdict()::toString);
        assertEquals(Scenario.standard(true).subList(0, BootLoop.HUNG_IN_A_ROW).stream().map(Scenario::describe).toList(),
                hung.hung());
        // The control: alone, each bad one shows the same as in the batch.
        for (int i : new int[] {1, 3, 5, 8}) {
            Oracle.Job job = jobs.get(i);
            assertEquals(Seen.of(oracle.run(job.object(), job.triple(), job.features(), job.handlers(), job.options()).get(0)),
                    Seen.of(results.get(i)), "job " + i);
        }
    }

    /** What a verdict says that does not depend on where the kernel put things: hex numbers are addresses. */
    private record Seen(Outcome outcome, List<String> findings, List<String> notes, String lazyFp, int scenarios,
            List<String> hung, int notReturned, int skippedAvx512) {
        static Seen of(Oracle.Result r) {
            return new Seen(r.verdict().outcome(), r.verdict().findings().stream()
                    .map(f -> f.kind().id() + " at " + f.assembly() + ": " + f.reason()).map(Seen::sansAddresses).toList(),
                    r.verdict().notes().stream().map(Seen::sansAddresses).toList(), r.lazyFp(), r.scenarios(), r.hung(),
                    r.notReturned(), r.skippedAvx512());
        }

        /** Hex numbers, and a direct call's or jump's displacement as the disassembler prints it. */
        private static String sansAddresses(String s) {
            return s.replaceAll("0x[0-9a-f]+", "0xN").replaceAll("\\b(call[lq]?|j[a-z]+) -?[0-9]+", "$1 N");
        }
    }

    /** Every oracle control: base-*.s and broken-*.s, each with its header's target and handler. */
    private static List<Oracle.Job> controls() throws Exception {
        try (Stream<Path> files = Files.list(CONTROLS)) {
            List<Oracle.Job> out = new ArrayList<>();
            for (Path f : files.filter(f -> f.getFileName().toString().matches("(base|broken)-.*\\.s")).sorted().toList()) {
                out.add(control(f.getFileName().toString()));
            }
            return out;
        }
    }

    private static Oracle.Job control(String name) throws Exception {
        Path file = CONTROLS.resolve(name);
        String text = Files.readString(file);
        String triple = OracleControlsTest.header(text, "triple");
        String features = text.contains("# features:") ? OracleControlsTest.header(text, "features") : "";
        String[] handler = (text.contains("# handler:") ? OracleControlsTest.header(text, "handler") : "handler").split(":");
        return new Oracle.Job(Assembler.assemble(file.toString(), text, triple), triple, features,
                List.of(new StaticCheck.Handler(handler[0], handler.length == 2)), CheckOptions.defaults());
    }

    private static Oracle.Job assembled(String name, String text, String triple) {
        return new Oracle.Job(Assembler.assemble(name, text, triple), triple, "",
                List.of(new StaticCheck.Handler("handler", false)), CheckOptions.defaults());
    }

    /** Changes nothing. */
    private static final String QUIET = """
            	.text
            	.globl	handler
            	.type	handler,@function
            handler:
            	%s
            	.size	handler, .-handler
            """;

    /** Leaves every GPR, DS, the x87 state and MXCSR changed (EFLAGS come back with the iret): a handler that saves nothing. */
    private static final String CLOBBERS_32 = """
            	.text
            	.globl	handler
            	.type	handler,@function
            handler:
            	movl	$0x11111111, %eax
            	movl	$0x22222222, %ebx
            	movl	$0x33333333, %ecx
            	movl	$0x44444444, %edx
            	movl	$0x55555555, %esi
            	movl	$0x66666666, %edi
            	movl	$0x77777777, %ebp
            	movw	$0x10, %ax
            	movw	%ax, %ds
            	fninit
            	subl	$4, %esp
            	movl	$0x1f80, (%esp)
            	ldmxcsr	(%esp)
            	addl	$4, %esp
            	iretl
            	.size	handler, .-handler
            """;

    /** The same in long mode, and the FS base written too. */
    private static final String CLOBBERS_64 = """
            	.text
            	.globl	handler
            	.type	handler,@function
            handler:
            	movl	$0xc0000100, %ecx
            	xorl	%eax, %eax
            	xorl	%edx, %edx
            	wrmsr
            	movq	$0x11111111, %rax
            	movq	$0x22222222, %rbx
            	movq	$0x33333333, %rcx
            	movq	$0x44444444, %rdx
            	movq	$0x55555555, %rsi
            	movq	$0x66666666, %rdi
            	movq	$0x77777777, %r8
            	movq	$0x88888888, %r11
            	movw	$0x10, %ax
            	movw	%ax, %ds
            	fninit
            	subq	$8, %rsp
            	movl	$0x1f80, (%rsp)
            	ldmxcsr	(%rsp)
            	addq	$8, %rsp
            	iretq
            	.size	handler, .-handler
            """;

    /** Masks the watchdog's timer, then spins: a hang no watchdog ends (as in HangingHandlerTest). */
    private static final String SPIN_64 = """
            	.text
            	.globl	handler
            	.type	handler,@function
            handler:
            	movl	$0x10000, 0x40000320
            	jmp	handler
            	.size	handler, .-handler
            """;
}
