package org.iretlab.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.iretlab.common.InputException;
import org.iretlab.target.Target;

/**
 * Golden normalised assembly: per case and target, each distinct content stored once
 * ({@code golden/<case>/<hash>.s}) with an index of the LLVM versions it belongs to
 * ({@code golden/<case>/<target>.index}: lines {@code <llvm version> <hash>}). Written only by
 * {@link #bless}; never edited by hand.
 */
public final class Golden {
    private final Path root;

    /** @param root the golden folder; its default is found from any working directory ({@link Checkout}) */
    public Golden(Path root) {
        this.root = Checkout.resolve(root);
    }

    public Optional<String> expected(CorpusCase c, Target t, String llvmVersion) {
        String hash = index(c, t).get(llvmVersion);
        if (hash == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(folder(c).resolve(hash + ".s"), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new InputException(folder(c).resolve(hash + ".s") + ": named by the index but unreadable: run with --bless");
        }
    }

    public void bless(CorpusCase c, Target t, String llvmVersion, String normalisedAsm) {
        try {
            Files.createDirectories(folder(c));
            String hash = hash(normalisedAsm);
            Files.writeString(folder(c).resolve(hash + ".s"), normalisedAsm, StandardCharsets.UTF_8);
            Map<String, String> index = index(c, t);
            index.put(llvmVersion, hash);
            StringBuilder b = new StringBuilder("# golden normalised assembly of " + c.name() + " [" + t.spec()
                    + "], by LLVM version; written by --bless, never by hand\n");
            index.forEach((v, h) -> b.append(v).append(' ').append(h).append('\n'));
            Files.writeString(indexFile(c, t), b.toString(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputException(folder(c) + ": cannot write golden files: " + e.getMessage());
        }
    }

    private Map<String, String> index(CorpusCase c, Target t) {
        Map<String, String> out = new TreeMap<>();
        Path file = indexFile(c, t);
        if (!Files.exists(file)) {
            return out;
        }
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && !line.isBlank()) {
                    String[] parts = line.strip().split("\\s+");
                    out.put(parts[0], parts[1]);
                }
            }
        } catch (IOException e) {
            throw new InputException(file + ": cannot read: " + e.getMessage());
        }
        return out;
    }

    private Path folder(CorpusCase c) {
        return root.resolve(c.stem());
    }

    private Path indexFile(CorpusCase c, Target t) {
        return folder(c).resolve(t.slug() + ".index");
    }

    private static String hash(String text) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
