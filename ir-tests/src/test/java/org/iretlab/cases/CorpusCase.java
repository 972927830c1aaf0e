package org.iretlab.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iretlab.backend.CompileOptions;

/**
 * A corpus case: one .ll file under ir-tests/cases with its header. Each {@code ; target:} line is
 * a target the case runs on (triple, then mattr=, cpu=, -O N and -code-model= as llc takes them);
 * each {@code ; static-llvm20: TARGET => KINDS} line is what the analyser must find there on the
 * embedded LLVM (finding kinds, {@code none}, or {@code REJECTED}).
 */
record CorpusCase(Path file, String id, String text, List<Target> targets) {

    record Target(String spec, String expected) {
        CompileOptions options() {
            String[] words = spec.split("\\s+");
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
                } else if (w.matches("-O\\d")) {
                    opt = w.charAt(2) - '0';
                } else if (w.startsWith("-code-model=")) {
                    codeModel = w.substring("-code-model=".length());
                } else {
                    throw new IllegalArgumentException("unknown target option '" + w + "' in '" + spec + "'");
                }
            }
            return new CompileOptions(words[0], cpu, mattr, opt, codeModel, null, false, null,
                    java.util.Set.of(CompileOptions.Emit.OBJ), false);
        }

        String features() {
            return options().effectiveFeatures();
        }
    }

    static final Path FOLDER = Path.of("cases");

    static List<CorpusCase> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".ll")).sorted().map(CorpusCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return file.getFileName().toString();
    }

    private static CorpusCase read(Path file) {
        try {
            String text = Files.readString(file);
            Matcher id = Pattern.compile("^; id: (\\S+)$", Pattern.MULTILINE).matcher(text);
            if (!id.find()) {
                throw new IllegalStateException(file + ": no '; id:' line");
            }
            List<Target> targets = new ArrayList<>();
            Matcher t = Pattern.compile("^; target: (.+)$", Pattern.MULTILINE).matcher(text);
            while (t.find()) {
                String spec = t.group(1).strip();
                Matcher e = Pattern.compile("^; static-llvm20: " + Pattern.quote(spec) + " => (.+)$", Pattern.MULTILINE).matcher(text);
                if (!e.find()) {
                    throw new IllegalStateException(file + ": target '" + spec + "' has no '; static-llvm20:' line");
                }
                targets.add(new Target(spec, e.group(1).strip()));
            }
            return new CorpusCase(file, id.group(1), text, targets);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
