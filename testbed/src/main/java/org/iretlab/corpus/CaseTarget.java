package org.iretlab.corpus;

import java.util.Set;
import org.iretlab.backend.CompileOptions;

/**
 * One target a case runs on, as its header writes it: a triple, then {@code mattr=F},
 * {@code cpu=C}, {@code -ON} and {@code -code-model=M} as llc takes them.
 */
public record CaseTarget(String spec, String triple, String mattr, String cpu, int optLevel, String codeModel) {

    public static CaseTarget parse(String spec) {
        String[] words = spec.strip().split("\\s+");
        String mattr = "";
        String cpu = "";
        String codeModel = null;
        int opt = 2;
        for (int i = 1; i < words.length; i++) {
            String w = words[i];
            if (w.startsWith("mattr=")) {
                mattr = w.substring(6);
            } else if (w.startsWith("cpu=")) {
                cpu = w.substring(4);
            } else if (w.matches("-O[0-3]")) {
                opt = w.charAt(2) - '0';
            } else if (w.startsWith("-code-model=")) {
                codeModel = w.substring("-code-model=".length());
            } else {
                throw new IllegalArgumentException("unknown target option '" + w + "': use mattr=F, cpu=C, -ON or -code-model=M");
            }
        }
        return new CaseTarget(String.join(" ", words), words[0], mattr, cpu, opt, codeModel);
    }

    public CompileOptions options(Set<CompileOptions.Emit> emit) {
        return new CompileOptions(triple, cpu, mattr, optLevel, codeModel, null, false, null, emit, false);
    }

    /** A file-name-safe spelling, for golden files. */
    public String slug() {
        return spec.replaceAll("[^A-Za-z0-9_.+-]+", "_").replace("+", "p");
    }
}
