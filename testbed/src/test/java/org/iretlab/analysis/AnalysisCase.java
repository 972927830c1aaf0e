package org.iretlab.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.iretlab.backend.Assembler;
import org.iretlab.decode.DecodedObject;
import org.iretlab.decode.ObjectDecoder;
import org.iretlab.verdict.FindingKind;
import org.iretlab.verdict.FunctionVerdict;

/**
 * An analyser test case: an assembly file (real LLVM output, a deliberately broken copy, or
 * hand-written) whose header names the triple, the features the code was built with, the handler
 * and the finding kinds the analyser must report, exactly. llvm-mc assembles it as it is.
 */
record AnalysisCase(Path file, String triple, String features, String handler, boolean errorCode,
        Set<FindingKind> expected, CheckOptions options, String assembly) {

    static final Path FOLDER = Path.of("src/test/resources/analysis");

    static List<AnalysisCase> all() {
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.filter(f -> f.toString().endsWith(".s")).sorted().map(AnalysisCase::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    String name() {
        return file.getFileName().toString();
    }

    FunctionVerdict analyse() {
        byte[] object = Assembler.assemble(name(), assembly, triple);
        DecodedObject decoded = ObjectDecoder.decode(object, triple);
        return StaticCheck.judge(decoded, features, List.of(new StaticCheck.Handler(handler, errorCode)), options, List.of()).get(0);
    }

    private static AnalysisCase read(Path file) {
        try {
            String text = Files.readString(file);
            String[] handler = header(file, text, "handler").split(":");
            String expect = header(file, text, "expect");
            Set<FindingKind> kinds = new TreeSet<>();
            if (!expect.equals("none")) {
                Arrays.stream(expect.split("\\s+")).map(FindingKind::byId).forEach(kinds::add);
            }
            String features = optional(text, "features");
            return new AnalysisCase(file, header(file, text, "triple"), features == null ? "" : features, handler[0],
                    handler.length > 1 && handler[1].equals("ecode"), kinds, options(optional(text, "options")), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code # options: --callee-stack-align N --callee-model M --cpu-state a,b}. */
    private static CheckOptions options(String text) {
        if (text == null) {
            return CheckOptions.defaults();
        }
        List<String> words = new ArrayList<>(List.of(text.split("\\s+")));
        Integer align = null;
        CalleeModel model = null;
        Set<TargetFacts.RegisterFile> file = new TreeSet<>();
        for (int i = 0; i + 1 < words.size(); i += 2) {
            switch (words.get(i)) {
                case "--callee-stack-align" -> align = Integer.parseInt(words.get(i + 1));
                case "--callee-model" -> model = CalleeModel.byId(words.get(i + 1));
                case "--cpu-state" -> Arrays.stream(words.get(i + 1).split(",")).map(TargetFacts.RegisterFile::byId).forEach(file::add);
                default -> throw new IllegalArgumentException("unknown option " + words.get(i));
            }
        }
        return new CheckOptions(align, model, file);
    }

    private static String header(Path file, String text, String key) {
        String v = optional(text, key);
        if (v == null) {
            throw new IllegalStateException(file + ": no '# " + key + ":' header line");
        }
        return v;
    }

    private static String optional(String text, String key) {
        Matcher m = Pattern.compile("^# " + Pattern.quote(key) + ": (.+)$", Pattern.MULTILINE).matcher(text);
        return m.find() ? m.group(1).strip() : null;
    }
}
