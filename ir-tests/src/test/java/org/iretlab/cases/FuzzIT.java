package org.iretlab.cases;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.iretlab.cli.Main;
import org.iretlab.common.WorkFolder;
import org.iretlab.oracle.Oracle;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 20's fuzz-style test: a few hundred inputs made from the corpus by seeded mutations (lines
 * dropped, doubled or cut, tokens swapped, bytes flipped in bitcode, CRLF endings, garbage) and
 * option combinations (triples, CPUs, features, levels and models, some of them bogus) go through
 * {@code check}, {@code compile}, {@code run} and {@code matrix}, each in a JVM of its own with a
 * private temporary folder, as a user runs iretlab. Every invocation must end by itself with an exit
 * code README documents (0 to 4), print no Java stack trace, and leave nothing in its temporary
 * folder. A failing input is kept under target/fuzz-failures with its command line.
 */
class FuzzIT {
    private static final long SEED = 20261202L;
    private static final int CHECKS = 140;
    private static final int COMPILES = 40;
    private static final int RUNS = 8;
    private static final int MATRIX_FILES = 12;
    private static final Duration LIMIT = Duration.ofSeconds(180);
    private static final String[] TRIPLES = {"i386-unknown-none", "i686-unknown-linux-gnu", "x86_64-unknown-none",
            "x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu", "bogus", "x86_64-pc-windows-msvc"};
    private static final String[] CPUS = {"", "skylake", "i386", "bogus-cpu", "x86-64-v4"};
    private static final String[] FEATURES = {"", "+sse2", "-sse", "+avx", "+avx512f", "+nonsense", "-x87,-mmx,-sse"};
    private static final String[] SWAPS = {"i32", "i64", "i8", "ptr", "byval", "x86_intrcc", "volatile", "ret void",
            "call void", "%F32", "{", "}", "(", ")", "align 16", "\"target-features\"", "@foo", "#0"};

    private static WorkFolder work;
    private static List<Path> corpus;

    @BeforeAll
    static void inputs() throws IOException {
        work = WorkFolder.create("iretlab-fuzz-");
        try (Stream<Path> files = Files.list(CellChecks.CASES)) {
            corpus = files.filter(f -> f.toString().endsWith(".ll") || f.toString().endsWith(".bc")).sorted().toList();
        }
    }

    @AfterAll
    static void cleanUp() {
        work.close();
    }

    @TestFactory
    Stream<DynamicTest> mutatedInputsNeverKillHangOrFoolIretlab() throws IOException {
        Random random = new Random(SEED);
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < CHECKS + COMPILES + RUNS; i++) {
            int n = i;
            String command = i < CHECKS ? "check" : i < CHECKS + COMPILES ? "compile" : "run";
            Path input = mutant(random, n);
            List<String> options = options(random);
            tests.add(DynamicTest.dynamicTest(command + " #" + n + " " + input.getFileName() + " " + String.join(" ", options),
                    () -> {
                        if (command.equals("run")) {
                            CellChecks.require(Oracle.available("i386-unknown-none"), "qemu-system-i386 is not installed",
                                    "scripts/setup.sh");
                        }
                        List<String> args = new ArrayList<>(List.of(command, input.toString()));
                        args.addAll(options);
                        invoke(n, args, input);
                    }));
        }
        Path folder = work.path().resolve("matrix-cases");
        tests.add(DynamicTest.dynamicTest("matrix over " + MATRIX_FILES + " mutated cases", () -> {
            Files.createDirectories(folder);
            Random r = new Random(SEED + 1);
            for (int k = 0; k < MATRIX_FILES; k++) {
                Path c = corpus.stream().filter(f -> f.toString().endsWith(".ll")).toList().get(r.nextInt(40));
                Files.writeString(folder.resolve(String.format("m%02d-", k) + c.getFileName()), mutateText(r,
                        Files.readString(c, StandardCharsets.UTF_8)));
            }
            invoke(-1, List.of("matrix", "--llvm", "embedded", "--corpus", folder.toString(), "--out",
                    work.path().resolve("matrix-out").toString(), "--jobs", "2"), folder);
        }));
        return tests.stream();
    }

    /** One invocation in a JVM of its own, with its own temporary folder. */
    private static void invoke(int n, List<String> args, Path input) throws Exception {
        Path tmp = Files.createDirectories(work.path().resolve("tmp-" + (n < 0 ? "matrix" : n)));
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.io.tmpdir=" + tmp, "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        Path log = work.path().resolve("log-" + (n < 0 ? "matrix" : n));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).directory(tmp.toFile()).start();
        boolean ended = p.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS);
        if (!ended) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly().waitFor();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        List<String> left;
        try (Stream<Path> files = Files.list(tmp)) {
            left = files.map(f -> f.getFileName().toString()).toList();
        }
        List<String> problems = new ArrayList<>();
        if (!ended) {
            problems.add("did not end within " + LIMIT.toSeconds() + " s");
        } else if (p.exitValue() < 0 || p.exitValue() > 4) {
            problems.add("exit " + p.exitValue() + " is not one README documents (0-4)");
        }
        if (CrashReport.shown(output)) {
            problems.add("a stack trace or JVM crash report on the terminal");
        }
        if (!left.isEmpty()) {
            problems.add("left behind in its temporary folder: " + left);
        }
        if (!problems.isEmpty()) {
            Path keep = Files.createDirectories(Path.of("target", "fuzz-failures", String.valueOf(n)));
            if (Files.isRegularFile(input)) {
                Files.copy(input, keep.resolve(input.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            Files.writeString(keep.resolve("command.txt"), String.join(" ", args) + "\n");
        }
        assertTrue(problems.isEmpty(), () -> String.join("; ", problems) + "\n" + String.join(" ", args) + "\n"
                + output.lines().limit(40).reduce("", (a, b) -> a + b + "\n"));
    }

    private static Path mutant(Random r, int n) throws IOException {
        Path source = corpus.get(r.nextInt(corpus.size()));
        String name = n + "-" + source.getFileName();
        if (source.toString().endsWith(".bc")) {
            byte[] bytes = Files.readAllBytes(source);
            int flips = 1 + r.nextInt(8);
            for (int k = 0; k < flips && bytes.length > 0; k++) {
                bytes[r.nextInt(bytes.length)] ^= (byte) (1 << r.nextInt(8));
            }
            if (r.nextInt(4) == 0) {
                bytes = java.util.Arrays.copyOf(bytes, r.nextInt(bytes.length + 1));
            }
            return Files.write(work.path().resolve(name), bytes);
        }
        return Files.writeString(work.path().resolve(name), mutateText(r, Files.readString(source, StandardCharsets.UTF_8)));
    }

    /** One to three edits of IR text, each of a kind a hand, an editor or a bad tool makes. */
    static String mutateText(Random r, String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int edits = 1 + r.nextInt(3);
        for (int k = 0; k < edits && !lines.isEmpty(); k++) {
            int at = r.nextInt(lines.size());
            switch (r.nextInt(8)) {
                case 0 -> lines.remove(at);
                case 1 -> lines.add(at, lines.get(at));
                case 2 -> lines.set(at, lines.get(at).substring(0, r.nextInt(lines.get(at).length() + 1)));
                case 3 -> {
                    String from = SWAPS[r.nextInt(SWAPS.length)];
                    lines.set(at, lines.get(at).replace(from, SWAPS[r.nextInt(SWAPS.length)]));
                }
                case 4 -> lines.add(at, "; title: RUN: touch pwned \u001b[31m<script>alert(1)</script>");
                case 5 -> lines.add(at, "%T" + k + " = type { " + "[2 x ".repeat(200) + "i8" + "]".repeat(200) + " }");
                case 6 -> lines.replaceAll(l -> l + "\r");
                default -> lines.add(at, "\u0000garbage\u00ff " + r.nextLong());
            }
        }
        return String.join("\n", lines);
    }

    private static List<String> options(Random r) {
        List<String> out = new ArrayList<>();
        if (r.nextInt(3) > 0) {
            out.addAll(List.of("--triple", TRIPLES[r.nextInt(TRIPLES.length)]));
        }
        String cpu = CPUS[r.nextInt(CPUS.length)];
        if (!cpu.isEmpty()) {
            out.addAll(List.of("--cpu", cpu));
        }
        String features = FEATURES[r.nextInt(FEATURES.length)];
        if (!features.isEmpty()) {
            out.addAll(List.of("--mattr", features));
        }
        if (r.nextInt(4) == 0) {
            out.addAll(List.of("-O", String.valueOf(r.nextInt(5))));
        }
        if (r.nextInt(6) == 0) {
            out.addAll(List.of("--code-model", r.nextBoolean() ? "kernel" : "huge"));
        }
        if (r.nextInt(8) == 0) {
            out.addAll(List.of("--timeout", String.valueOf(r.nextInt(3))));
        }
        return out;
    }
}
