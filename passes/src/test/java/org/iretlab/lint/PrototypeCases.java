package org.iretlab.lint;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The prototype cases under {@code src/test/resources/prototypes}: IR files a person can feed to
 * llc, whose headers say which byval-frame-check rule reports them ({@code lint}) and what LLVM 20
 * does with them ({@code llvm-20}: its fatal error, {@code verifier: ...}, or {@code compiles}).
 */
public record PrototypeCases(Path file, String text, String lint, String llvm20) {

    /** The folder, also from other modules' tests (Maven runs each module's tests in its own folder). */
    public static Path folder() {
        for (Path p : List.of(Path.of("src/test/resources/prototypes"), Path.of("../passes/src/test/resources/prototypes"))) {
            if (Files.isDirectory(p)) {
                return p;
            }
        }
        throw new IllegalStateException("passes/src/test/resources/prototypes not found from " + Path.of("").toAbsolutePath());
    }

    public static List<PrototypeCases> all() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.filter(f -> f.toString().endsWith(".ll")).sorted().map(PrototypeCases::read).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String name() {
        return file.getFileName().toString();
    }

    /** The rule id, or empty for a handler the lint must accept silently. */
    public Optional<String> rule() {
        return lint.equals("none") ? Optional.empty() : Optional.of(lint.replaceFirst("^byval-frame-check/", ""));
    }

    private static PrototypeCases read(Path file) {
        try {
            String text = Files.readString(file);
            return new PrototypeCases(file, text, header(file, text, "lint"), header(file, text, "llvm-20"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String header(Path file, String text, String key) {
        Matcher m = Pattern.compile("^; " + Pattern.quote(key) + ": (.+)$", Pattern.MULTILINE).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException(file + ": no '; " + key + ":' header line");
        }
        return m.group(1).strip();
    }
}
