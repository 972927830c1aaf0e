package org.iretlab.target;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What code is generated for, in llc's terms, from the option parser or a case header to the
 * compile's result: a triple, a CPU (empty for the triple's default), target features in llc's
 * -mattr spelling (e.g. {@code +avx,-sse}; {@code +soft-float} included when asked for), the codegen
 * optimisation level, and the code and relocation models. Two compiles with equal targets on one
 * thread share one LLVM target machine.
 *
 * @param triple null only while it is still "the module's own" (see {@link #withTriple})
 * @param optLevel 0 to 3, as llc's -O
 * @param codeModel default, tiny, small, kernel, medium or large (as llc's -code-model)
 * @param relocationModel static (a kernel's: no GOT), pic, dynamic-no-pic or default (as llc's -relocation-model)
 */
public record Target(String triple, String cpu, String features, int optLevel, String codeModel, String relocationModel) {
    public static final int DEFAULT_OPT_LEVEL = 2;

    public Target {
        cpu = cpu == null ? "" : cpu;
        features = features == null ? "" : features;
        codeModel = codeModel == null ? "default" : codeModel.toLowerCase(Locale.ROOT);
        relocationModel = relocationModel == null ? "static" : relocationModel.toLowerCase(Locale.ROOT);
    }

    /** A triple with a CPU and features, and llc's other defaults (a kernel's static relocation model). */
    public Target(String triple, String cpu, String features) {
        this(triple, cpu, features, DEFAULT_OPT_LEVEL, null, null);
    }

    /** The triple with every default; a null triple stands for the module's own. */
    public static Target of(String triple) {
        return new Target(triple, "", "");
    }

    /**
     * A target as case headers and patch manifests write it: the triple, then {@code mattr=F},
     * {@code cpu=C}, {@code -ON} and {@code -code-model=M} as llc takes them.
     */
    public static Target parse(String spec) {
        String[] words = spec.strip().split("\\s+");
        String mattr = "";
        String cpu = "";
        String codeModel = null;
        int opt = DEFAULT_OPT_LEVEL;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.startsWith("mattr=")) {
                mattr = w.substring("mattr=".length());
            } else if (w.startsWith("cpu=")) {
                cpu = w.substring("cpu=".length());
            } else if (w.matches("-O[0-3]")) {
                opt = w.charAt(2) - '0';
            } else if (w.startsWith("-code-model=")) {
                codeModel = w.substring("-code-model=".length());
            } else {
                throw new IllegalArgumentException("unknown target option '" + w + "': use mattr=F, cpu=C, -ON or -code-model=M");
            }
        }
        return new Target(words[0], cpu, mattr, opt, codeModel, null);
    }

    /** The spelling {@link #parse} reads, options in their fixed order and defaults left out. */
    public String spec() {
        StringBuilder b = new StringBuilder(triple == null ? "(the module's triple)" : triple);
        if (!features.isEmpty()) {
            b.append(" mattr=").append(features);
        }
        if (!cpu.isEmpty()) {
            b.append(" cpu=").append(cpu);
        }
        if (optLevel != DEFAULT_OPT_LEVEL) {
            b.append(" -O").append(optLevel);
        }
        if (!codeModel.equals("default")) {
            b.append(" -code-model=").append(codeModel);
        }
        if (!relocationModel.equals("static")) {
            b.append(" -relocation-model=").append(relocationModel);
        }
        return b.toString();
    }

    /**
     * The options llc is given for this target (without input, output, file type and the reader
     * flags LLVM 13 and 14 need for opaque pointers): what a person types to get the same code.
     */
    public List<String> llcArguments() {
        List<String> args = new ArrayList<>(List.of("-mtriple=" + triple, "-O" + optLevel));
        if (!cpu.isEmpty()) {
            args.add("-mcpu=" + cpu);
        }
        if (!features.isEmpty()) {
            args.add("-mattr=" + features);
        }
        if (!codeModel.equals("default")) {
            args.add("-code-model=" + codeModel);
        }
        if (!relocationModel.equals("default")) {
            args.add("-relocation-model=" + relocationModel);
        }
        return args;
    }

    /** A file-name-safe spelling, for golden files. */
    public String slug() {
        return spec().replaceAll("[^A-Za-z0-9_.+-]+", "_").replace("+", "p");
    }

    public Target withTriple(String t) {
        return new Target(t, cpu, features, optLevel, codeModel, relocationModel);
    }

    public Target withFeatures(String f) {
        return new Target(triple, cpu, f, optLevel, codeModel, relocationModel);
    }

    /** These features with {@code +soft-float} added: no FP registers at all. */
    public Target withSoftFloat() {
        return withFeatures(features.isEmpty() ? "+soft-float" : features + ",+soft-float");
    }

    /** The other's triple, CPU and features with this target's optimisation level and code and relocation models. */
    public Target withTripleCpuAndFeaturesOf(Target other) {
        return new Target(other.triple, other.cpu, other.features, optLevel, codeModel, relocationModel);
    }

    public int wordBits() {
        return Triples.nativeWordBits(triple);
    }

    @Override
    public String toString() {
        return spec();
    }
}
