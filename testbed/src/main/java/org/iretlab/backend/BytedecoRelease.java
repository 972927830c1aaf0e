package org.iretlab.backend;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A Bytedeco LLVM preset that runs iretlab's compiled classes (checked on these machines: see
 * docs/backends.md), with the JavaCPP release it was built against. One LLVM per JVM: any but the
 * embedded one runs in a worker JVM whose classpath has this release's jars instead of the embedded ones.
 */
public record BytedecoRelease(int major, String llvm, String javacpp) {

    /** Every preset iretlab knows how to run, oldest first; the last is the embedded one. */
    public static final List<BytedecoRelease> KNOWN = List.of(
            new BytedecoRelease(13, "13.0.1-1.5.7", "1.5.7"),
            new BytedecoRelease(15, "15.0.3-1.5.8", "1.5.8"),
            new BytedecoRelease(16, "16.0.4-1.5.9", "1.5.9"),
            new BytedecoRelease(17, "17.0.6-1.5.10", "1.5.10"),
            new BytedecoRelease(19, "19.1.3-1.5.11", "1.5.11"),
            new BytedecoRelease(20, "20.1.7-1.5.12", "1.5.12"));

    /** The preset on iretlab's own classpath. */
    public static final BytedecoRelease EMBEDDED = KNOWN.get(KNOWN.size() - 1);

    public static Optional<BytedecoRelease> ofMajor(int major) {
        return KNOWN.stream().filter(r -> r.major == major).findFirst();
    }

    /** The four jars as they lie in a Maven repository. */
    public List<Path> jars(Path mavenRepository) {
        Path llvmDir = mavenRepository.resolve("org/bytedeco/llvm/" + llvm);
        Path javacppDir = mavenRepository.resolve("org/bytedeco/javacpp/" + javacpp);
        return List.of(llvmDir.resolve("llvm-" + llvm + ".jar"), llvmDir.resolve("llvm-" + llvm + "-linux-x86_64.jar"),
                javacppDir.resolve("javacpp-" + javacpp + ".jar"), javacppDir.resolve("javacpp-" + javacpp + "-linux-x86_64.jar"));
    }

    public boolean installedIn(Path mavenRepository) {
        return jars(mavenRepository).stream().allMatch(Files::isRegularFile);
    }
}
