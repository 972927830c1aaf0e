package org.iretlab.backend;

import static org.bytedeco.llvm.global.LLVM.LLVMDisposeModule;
import static org.bytedeco.llvm.global.LLVM.LLVMSetTarget;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.bytedeco.llvm.LLVM.LLVMModuleRef;
import org.bytedeco.llvm.LLVM.LLVMTargetMachineRef;
import org.iretlab.common.ExternalProcess;
import org.iretlab.common.WorkFolder;
import org.iretlab.ir.IrReader;
import org.iretlab.ir.IrSource;
import org.iretlab.llvm.Llvm;
import org.iretlab.llvm.LlvmSession;
import org.iretlab.target.Target;

/**
 * Whether an LLVM can generate code for a target at all, asked in a child process before that LLVM
 * sees the user's CPU and features in a process that matters. LLVM prints "'X' is not a recognized
 * processor for this target (ignoring processor)" and goes on for an unknown CPU, which for a 64-bit
 * triple then aborts ("64-bit code requested on a subtarget that doesn't support it"), as does a
 * 32-bit CPU on a 64-bit triple; the LLVM-C API lists no CPUs in any version. So the child prints
 * LLVM's own CPU list ({@code -mcpu=help}) and compiles an empty function for the target, and this
 * class judges what it said: an unknown CPU, or a target LLVM dies on, is the user's input error.
 *
 * <p>Targets without a CPU or features are the triple's defaults and are not probed. Answers are kept
 * per LLVM and target for the life of the process (a probe costs a JVM start, about half a second,
 * or an llc run of a few tens of milliseconds).
 */
public final class TargetProbe {
    private static final String EMPTY_FUNCTION = "define void @iretlab_probe() {\n  ret void\n}\n";
    private static final Duration TIME_LIMIT = Duration.ofSeconds(60);
    private static final Map<String, Optional<String>> ANSWERS = new ConcurrentHashMap<>();

    private TargetProbe() {}

    /** Whether the target needs a probe: the triple's default CPU and features are what LLVM is built around. */
    static boolean needed(Target target) {
        return target.triple() != null && !(target.cpu().isEmpty() && target.features().isEmpty());
    }

    /**
     * What is wrong with the target for the LLVM on this JVM's classpath, or empty when it can generate
     * code for it; asked in a child JVM of the same classpath.
     */
    static Optional<String> problemForThisLlvm(Target target, String llvmName) {
        if (!needed(target)) {
            return Optional.empty();
        }
        // The CPU and features decide whether LLVM dies; the code and relocation models are checked where they are parsed.
        String key = "features-checked llvm=" + Llvm.version() + "\t" + target.triple() + "\t" + target.cpu() + "\t" + target.features();
        return ANSWERS.computeIfAbsent(key, k -> {
            Optional<String> known = ProbeCache.get(k);
            if (known != null) {
                return known;
            }
            Optional<String> answer = judge(childCommand(target), null, target, llvmName, TIME_LIMIT, true);
            if (answer.map(a -> !a.contains(NO_ANSWER)).orElse(true)) {
                ProbeCache.put(k, answer);
            }
            return answer;
        });
    }

    /**
     * Which of {@code features} (as functions' target-features attributes name them) the LLVM on this
     * JVM's classpath does not know for the triple: what it would print "is not a recognized feature"
     * for and ignore. Asked in a child once per LLVM, triple and features; none when the child could not tell.
     */
    static Set<String> unknownFeatures(String triple, Set<String> features) {
        String list = String.join(",", features);
        String key = "unknown-features llvm=" + Llvm.version() + "\t" + triple + "\t" + list;
        Optional<String> answer = ANSWERS.computeIfAbsent(key, k -> {
            Optional<String> known = ProbeCache.get(k);
            if (known != null) {
                return known;
            }
            try {
                ExternalProcess.Result r = ExternalProcess.run(childCommand(new Target(triple, "", list)), TIME_LIMIT);
                if (r.timedOut() || r.exitCode() != 0) {
                    return Optional.empty();
                }
                List<String> unknown = UNKNOWN_FEATURE.matcher(r.stderr()).results().map(m -> m.group(1)).distinct().sorted().toList();
                Optional<String> found = unknown.isEmpty() ? Optional.empty() : Optional.of(String.join(",", unknown));
                ProbeCache.put(k, found);
                return found;
            } catch (IOException e) {
                return Optional.empty();
            }
        });
        return answer.map(a -> Set.of(a.split(","))).orElse(Set.of());
    }

    /** A child JVM of this one's classpath and LLVM that runs {@link #main} on the target. */
    private static List<String> childCommand(Target target) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(ScratchFolder.childJvmOptions());
        System.getProperties().stringPropertyNames().stream().filter(p -> p.startsWith("org.bytedeco."))
                .forEach(p -> cmd.add("-D" + p + "=" + System.getProperty(p)));
        cmd.addAll(List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                TargetProbe.class.getName(), target.triple(), target.cpu(), target.features()));
        return cmd;
    }

    /** Said of a probe that could not run: not an answer about the target, so never kept on disk. */
    private static final String NO_ANSWER = "(this process's LLVM is not given a target it may die on)";

    /**
     * The probes' answers for the LLVMs of Bytedeco builds, kept across runs in
     * {@code $XDG_CACHE_HOME/iretlab/target-probes.tsv} (one line per LLVM version and target): a
     * build's answer about a target never changes, and a corpus run asks about a dozen targets.
     */
    private static final class ProbeCache {
        private static Map<String, Optional<String>> lines;

        private static Path file() {
            String xdg = System.getenv("XDG_CACHE_HOME");
            return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache"))
                    .resolve("iretlab").resolve("target-probes.tsv");
        }

        static synchronized Optional<String> get(String key) {
            if (lines == null) {
                lines = new ConcurrentHashMap<>();
                try {
                    for (String line : Files.readAllLines(file())) {
                        int answer = line.lastIndexOf('\t');
                        if (answer > 0) {
                            String a = line.substring(answer + 1);
                            lines.put(line.substring(0, answer), a.equals("ok") ? Optional.empty() : Optional.of(a));
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // No cache yet, or an unreadable one: ask again.
                }
            }
            return lines.get(key);
        }

        static synchronized void put(String key, Optional<String> answer) {
            lines.put(key, answer);
            try {
                Files.createDirectories(file().getParent());
                Files.writeString(file(), key + "\t" + answer.orElse("ok").replace('\t', ' ').replace('\n', ' ') + "\n",
                        StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            } catch (IOException e) {
                // Not kept: the next run asks again.
            }
        }
    }

    /**
     * What is wrong with the CPU for this llc, or empty when it can generate code for it (or did not
     * answer in time: then the compile itself finds out). Only a named CPU is probed: llc dying on
     * features costs its own process, a CRASH cell, and nothing of iretlab.
     */
    static Optional<String> problemForLlc(Path llc, List<String> llcArguments, Target target, String llvmName, Duration timeout) {
        if (!needed(target) || target.cpu().isEmpty()) {
            return Optional.empty();
        }
        return ANSWERS.computeIfAbsent("llc " + llc + " " + target.spec() + " " + target.triple(), k -> {
            try (WorkFolder dir = ScratchFolder.create("iretlab-probe-")) {
                Path input = Files.writeString(dir.path().resolve("probe.ll"), EMPTY_FUNCTION);
                ExternalProcess.Result help = ExternalProcess.run(List.of(llc.toString(), "-mtriple=" + target.triple(),
                        "-mcpu=help", "-o", dir.path().resolve("help.s").toString(), input.toString()), timeout);
                if (help.timedOut()) {
                    return Optional.empty();
                }
                List<String> cmd = new ArrayList<>(List.of(llc.toString()));
                cmd.addAll(llcArguments);
                cmd.addAll(List.of("-filetype=obj", "-o", dir.path().resolve("probe.o").toString(), input.toString()));
                return judge(cmd, help.stderr(), target, llvmName, timeout, false);
            } catch (IOException | RuntimeException e) {
                return Optional.empty();
            }
        });
    }

    /**
     * @param mustAnswer true when the target is about to reach this process's LLVM: a probe that could
     *     not run is then a refusal; for an llc, whose death costs its own process only, it is no verdict
     */
    private static Optional<String> judge(List<String> cmd, String helpOutput, Target target, String llvmName, Duration limit,
            boolean mustAnswer) {
        ExternalProcess.Result r;
        try {
            r = ExternalProcess.run(cmd, limit);
        } catch (IOException e) {
            return mustAnswer ? Optional.of(llvmName + " could not be asked about the target " + target.spec() + ": "
                    + e.getMessage() + " " + NO_ANSWER) : Optional.empty();
        }
        if (r.timedOut()) {
            return mustAnswer ? Optional.of(llvmName + " did not answer within " + limit.toSeconds() + " s about the target "
                    + target.spec() + " " + NO_ANSWER) : Optional.empty();
        }
        String said = (helpOutput == null ? "" : helpOutput) + "\n" + r.stderr();
        Set<String> cpus = cpus(said);
        if (!target.cpu().isEmpty() && !cpus.isEmpty() && !cpus.contains(target.cpu())) {
            return Optional.of("--cpu " + target.cpu() + ": " + llvmName + " knows no such CPU for " + target.triple()
                    + ": give one it lists for this triple" + suggestions(target.cpu(), cpus)
                    + " (llc -mtriple=" + target.triple() + " -mcpu=help lists them all)");
        }
        List<String> unknown = UNKNOWN_FEATURE.matcher(said).results().map(m -> m.group(1)).distinct()
                .filter(f -> List.of(target.features().split(",")).contains(f)).toList();
        if (!unknown.isEmpty()) {
            return Optional.of("--mattr " + target.features() + ": " + llvmName + " knows no feature " + String.join(", ", unknown)
                    + " for " + target.triple() + " (it would ignore " + (unknown.size() == 1 ? "it" : "them")
                    + " silently): give features it lists (llc -mtriple=" + target.triple() + " -mattr=help)");
        }
        if (r.exitCode() != 0) {
            String fatal = r.stderr().lines().filter(l -> l.contains("LLVM ERROR:")).findFirst()
                    .orElse("it died (exit status " + r.exitCode() + ")").strip();
            return Optional.of(target.spec() + ": " + llvmName + " cannot generate code for this CPU and these features ("
                    + fatal + "): give a CPU of the triple's word size" + (target.triple().startsWith("x86_64")
                    ? ", e.g. --cpu x86-64, or --triple i386-unknown-none for a 32-bit CPU" : ", e.g. --cpu i686"));
        }
        return Optional.empty();
    }

    /** LLVM's word for a feature it does not know, which it then ignores: {@code '+nonsense' is not a recognized feature ...}. */
    private static final Pattern UNKNOWN_FEATURE = Pattern.compile("'([+-][^']+)' is not a recognized feature for this target");

    /** The CPUs LLVM listed after "Available CPUs for this target:", one per line as "  name - description". */
    static Set<String> cpus(String helpOutput) {
        Set<String> cpus = new LinkedHashSet<>();
        boolean in = false;
        for (String line : helpOutput.lines().toList()) {
            if (line.startsWith("Available CPUs for this target")) {
                in = true;
            } else if (line.startsWith("Available features")) {
                in = false;
            } else if (in && line.contains(" - ")) {
                cpus.add(line.substring(0, line.indexOf(" - ")).strip());
            }
        }
        return cpus;
    }

    /** The closest known names by edit distance, as ", e.g. a, b or c". */
    private static String suggestions(String cpu, Set<String> cpus) {
        int near = Math.max(2, cpu.length() / 3);
        List<String> close = cpus.stream().filter(c -> distance(cpu, c) <= near)
                .sorted(Comparator.comparingInt((String c) -> distance(cpu, c)).thenComparing(c -> c)).limit(3).toList();
        return close.isEmpty() ? "" : ", e.g. " + String.join(", ", close);
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * The child: prints this LLVM's CPU list for the triple (on stderr, as llc -mcpu=help does), then
     * compiles an empty function for the target. An LLVM fatal error ends this process, which is the point.
     */
    public static void main(String[] args) {
        String triple = args[0];
        LlvmSession session = LlvmSession.current();
        session.targetMachine(new Target(triple, "help", ""));
        Target target = new Target(triple, args[1], args[2]);
        LLVMTargetMachineRef tm = session.targetMachine(target);
        LLVMModuleRef module = IrReader.read(IrSource.ofText("probe" + File.separator + "empty.ll", EMPTY_FUNCTION));
        try {
            LLVMSetTarget(module, triple);
            EmbeddedCompiler.emitObject(module, tm, "the target probe");
        } finally {
            LLVMDisposeModule(module);
        }
        System.exit(0);
    }
}
