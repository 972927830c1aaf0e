package org.iretlab.corpus;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.iretlab.common.InputException;
import org.iretlab.ir.IrSource;
import org.iretlab.target.Target;
import org.iretlab.verdict.FindingKind;

/**
 * One corpus case: an .ll file llc reads as it is, with its header parsed (see {@link CaseParser}
 * for the keys).
 *
 * @param subject the finding kinds the case's upstream issue is about (empty for control cases)
 * @param reads the LLVM versions that parse the text (front-end output written for newer LLVMs); null: all
 * @param readsBitcode the LLVM versions that read the bitcode beside the text; null: all
 * @param gcc what GCC does with the same handler, each with its source (empty when not known)
 */
public record CorpusCase(Path file, String id, String title, List<String> upstream, List<String> wrong,
        List<String> correct, List<Target> targets, Set<FindingKind> subject, List<Expectation> expectations,
        List<Expectation> afterFix, List<String> sources, List<String> runs, VersionRange reads, VersionRange readsBitcode, List<Expectation> oracle, List<Expectation> oracleAfterFix,
        List<String> gcc, String text) {

    public String name() {
        return file.getFileName().toString();
    }

    public String stem() {
        return name().replaceFirst("\\.ll$", "");
    }

    /** True for a bitcode file given as it is (a user's handler): what compiles is the file, not {@link #text}. */
    public boolean isBitcodeFile() {
        return name().endsWith(".bc");
    }

    /** What a backend compiles for this case (its text, or the bitcode file itself). */
    public IrSource source() {
        return isBitcodeFile() ? IrSource.read(file) : IrSource.ofText(file.toString(), text);
    }

    /** The SHA-256 of what the case compiles: its text (or bitcode file) and the bitcode beside it. */
    public String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(source().bytes());
            if (bitcode().isPresent()) {
                sha.update(Files.readAllBytes(bitcode().get()));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        } catch (IOException e) {
            throw new InputException(bitcode().get() + ": cannot read: " + e.getMessage());
        }
    }

    /** The bitcode kept beside the text ({@code CASE.bc}), if any. */
    public Optional<Path> bitcode() {
        Path bc = file.resolveSibling(stem() + ".bc");
        return Files.exists(bc) ? Optional.of(bc) : Optional.empty();
    }

    /** The expectation for a target on an LLVM major version, if the header gives one. */
    public Optional<Expectation> expectation(Target target, int major) {
        return expectations.stream().filter(e -> e.target().equals(target) && e.versions().contains(major)).findFirst();
    }

    /** What the execution oracle must find for a target on an LLVM major, without or after the fix passes. */
    public Optional<Expectation> oracleExpectation(Target target, int major, boolean fixed) {
        return (fixed ? oracleAfterFix : oracle).stream().filter(e -> e.target().equals(target) && e.versions().contains(major))
                .findFirst();
    }

    public Optional<Expectation> afterFix(Target target, int major) {
        return afterFix.stream().filter(e -> e.target().equals(target) && e.versions().contains(major)).findFirst();
    }
}
