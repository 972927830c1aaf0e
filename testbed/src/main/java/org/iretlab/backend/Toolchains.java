package org.iretlab.backend;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.iretlab.common.InputException;

/**
 * The LLVMs this machine can run, by the names cells record: {@code embedded-20} (the classpath's),
 * {@code worker-N} (another Bytedeco preset in a child JVM), {@code llc-N} (Debian's
 * /usr/lib/llvm-N/bin/llc) and {@code llc-NAME} (an llc named in the user's configuration, e.g. a
 * patched build). LLVM 13, 15, 16 and 19 exist both as a worker and as a Debian llc, so the kind is
 * part of the name.
 */
public final class Toolchains {
    /** The majors looked for as /usr/lib/llvm-N/bin/llc (Debian has 13-16, 19 and 22 here; see docs/backends.md). */
    public static final List<Integer> DEBIAN_MAJORS = List.of(13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23);
    private static final Pattern USER_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_.-]*");

    private final Path mavenRepository;
    private final Map<String, Path> userLlcs;
    private final Duration timeout;
    /** The worker that reads files for every llc backend's lint, while any of them is open. */
    private final SharedWorker lintHost;

    private Toolchains(Path mavenRepository, Map<String, Path> userLlcs, Duration timeout) {
        this.mavenRepository = mavenRepository;
        this.userLlcs = userLlcs;
        this.timeout = timeout;
        this.lintHost = new SharedWorker(() -> WorkerBackend.sameLlvm(timeout));
    }

    /**
     * What is installed here. {@code llcConfig} lists the user's llcs as {@code NAME=/path/to/llc}
     * lines; a missing file is fine only when it was not named explicitly.
     */
    public static Toolchains discover(Path llcConfig, boolean configNamed, Duration timeout) {
        Map<String, Path> user = new LinkedHashMap<>();
        if (llcConfig != null && (configNamed || Files.exists(llcConfig))) {
            user = readConfig(llcConfig);
        }
        return new Toolchains(mavenRepository(), user, timeout);
    }

    /** The default user configuration: $IRETLAB_LLC_CONFIG, else ~/.config/iretlab/llc.conf. */
    public static Path defaultConfig() {
        String env = System.getenv("IRETLAB_LLC_CONFIG");
        return env != null && !env.isBlank() ? Path.of(env)
                : Path.of(System.getProperty("user.home"), ".config", "iretlab", "llc.conf");
    }

    public static String embeddedName() {
        return EmbeddedCompiler.embeddedName();
    }

    /** Every backend that can run here, in version order within each kind. */
    public List<String> installed() {
        List<String> names = new ArrayList<>();
        names.add(embeddedName());
        for (BytedecoRelease r : BytedecoRelease.KNOWN) {
            if (!isEmbedded(r) && r.installedIn(mavenRepository)) {
                names.add("worker-" + r.major());
            }
        }
        for (int major : DEBIAN_MAJORS) {
            if (Files.isExecutable(LlcBackend.debianLlc(major))) {
                names.add("llc-" + major);
            }
        }
        userLlcs.keySet().forEach(n -> names.add("llc-" + n));
        return names;
    }

    /**
     * Backend names from a command line: a comma-separated list, or {@code all} for every installed
     * one. {@code embedded} stands for the embedded backend's full name, a bare major N for every
     * installed backend of LLVM N. Unknown or missing names are
     * an input error that lists what is installed.
     */
    public List<String> resolve(String list) {
        if (list.strip().equals("all")) {
            return installed();
        }
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (String raw : list.split(",")) {
            if (raw.strip().matches("\\d+")) {
                // A bare version: every installed backend of that LLVM major.
                List<String> ofMajor = installed().stream().filter(n -> n.endsWith("-" + raw.strip())).toList();
                if (ofMajor.isEmpty()) {
                    throw new InputException("--llvm " + raw.strip() + ": no backend of LLVM " + raw.strip()
                            + " is installed: run scripts/setup-toolchains (--workers N, --llc N)"
                            + "\n  installed here: " + String.join(", ", installed()));
                }
                names.addAll(ofMajor);
                continue;
            }
            String name = canonical(raw.strip());
            if (!installed().contains(name)) {
                throw new InputException("--llvm " + raw.strip() + ": " + whyMissing(name)
                        + "\n  installed here: " + String.join(", ", installed()));
            }
            names.add(name);
        }
        return List.copyOf(names);
    }

    /** The canonical name of one backend as a command line gives it (a path stays a path). */
    public String resolveOne(String nameOrPath) {
        return nameOrPath.contains("/") ? nameOrPath : canonical(nameOrPath);
    }

    /**
     * Opens a backend by name. The embedded LLVM runs in this process when {@code embeddedInProcess}
     * (each file read once by a worker first, see {@link ReadFirstBackend}), else in a worker JVM like
     * the others (for user files, whose prototypes may abort LLVM).
     */
    public Backend open(String name, boolean embeddedInProcess) {
        String canonical = canonical(name);
        if (canonical.equals(embeddedName())) {
            // In this process, each file is first read by a worker: a parser that dies on it costs one cell.
            return embeddedInProcess ? new ReadFirstBackend(timeout) : WorkerBackend.sameLlvm(timeout);
        }
        if (!installed().contains(canonical)) {
            throw new InputException("--llvm " + name + ": " + whyMissing(canonical)
                    + "\n  installed here: " + String.join(", ", installed()));
        }
        Matcher worker = Pattern.compile("worker-(\\d+)").matcher(canonical);
        if (worker.matches()) {
            return worker(BytedecoRelease.ofMajor(Integer.parseInt(worker.group(1))).orElseThrow());
        }
        String suffix = canonical.substring("llc-".length());
        if (suffix.chars().allMatch(Character::isDigit)) {
            int major = Integer.parseInt(suffix);
            return new LlcBackend(LlcBackend.debianLlc(major), canonical, timeout, passHost(major), lintHost);
        }
        return new LlcBackend(userLlcs.get(suffix), canonical, timeout, passHost(-1), lintHost);
    }

    /** The llc a user registered under this backend name (llc-NAME in the llc configuration), if any. */
    public Optional<Path> userLlc(String backend) {
        return backend.startsWith("llc-") ? Optional.ofNullable(userLlcs.get(backend.substring("llc-".length()))) : Optional.empty();
    }

    /** Opens a backend given by name or, for compatibility with hand-run llc builds, by an llc's path. */
    public Backend openNameOrPath(String nameOrPath, boolean embeddedInProcess) {
        if (nameOrPath.contains("/")) {
            Path llc = Path.of(nameOrPath);
            if (!Files.isRegularFile(llc) || !Files.isExecutable(llc)) {
                throw new InputException("--llvm " + nameOrPath + ": no executable llc at that path");
            }
            return new LlcBackend(llc, null, timeout, passHost(-1), lintHost);
        }
        return open(nameOrPath, embeddedInProcess);
    }

    /** A Bytedeco preset in a worker JVM, with the same classes as this JVM and that preset's jars. */
    public WorkerBackend worker(BytedecoRelease release) {
        if (isEmbedded(release)) {
            return WorkerBackend.sameLlvm(timeout);
        }
        List<String> entries = new ArrayList<>();
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (!isBytedecoJar(e)) {
                entries.add(e);
            }
        }
        release.jars(mavenRepository).forEach(j -> entries.add(j.toString()));
        return new WorkerBackend(String.join(File.pathSeparator, entries), release, WorkerBackend.DEFAULT_HEAP, timeout, "worker");
    }

    /**
     * Where llc-N's cells run iretlab's passes: LLVM N's own Bytedeco build when installed; for
     * majors with no Bytedeco build (14, 22, a user's llc) the embedded LLVM stands in, and the cell
     * says so; a Bytedeco build that exists but is not installed makes with-passes cells N/A.
     */
    private PassHost passHost(int major) {
        if (major == embeddedMajor()) {
            return PassHost.remote(embeddedName(), () -> WorkerBackend.sameLlvm(timeout));
        }
        Optional<BytedecoRelease> own = BytedecoRelease.ofMajor(major);
        if (own.isPresent()) {
            if (!own.get().installedIn(mavenRepository)) {
                return PassHost.missing("the passes run in LLVM " + major + "'s own Bytedeco build (worker-" + major
                        + "), which is not installed: run scripts/setup-toolchains --workers " + major);
            }
            return PassHost.remote("worker-" + major, () -> worker(own.get()));
        }
        String why = major < 0 ? "a user's llc has no Bytedeco build of its own"
                : "LLVM " + major + " has no Bytedeco build";
        return PassHost.inProcess(why + ": the passes ran in " + embeddedName()
                + " as a stand-in, deciding by trial compiles on the llc itself");
    }

    private static int embeddedMajor() {
        return Integer.parseInt(embeddedName().substring("embedded-".length()));
    }

    private String canonical(String name) {
        return name.equals("embedded") ? embeddedName() : name;
    }

    private String whyMissing(String name) {
        Matcher m = Pattern.compile("(worker|llc|embedded)-(.+)").matcher(name);
        if (!m.matches()) {
            return "not a backend name: write embedded, worker-N, llc-N, llc-NAME (from the llc configuration) or all";
        }
        String kind = m.group(1);
        String rest = m.group(2);
        if (kind.equals("embedded")) {
            return "the embedded LLVM is " + embeddedName();
        }
        if (kind.equals("worker")) {
            if (!rest.matches("\\d+") || BytedecoRelease.ofMajor(Integer.parseInt(rest)).isEmpty()) {
                return "no Bytedeco LLVM " + rest + " exists; workers: " + BytedecoRelease.KNOWN.stream()
                        .map(r -> "worker-" + r.major()).toList();
            }
            return "Bytedeco LLVM " + rest + " is not in " + mavenRepository + ": run scripts/setup-toolchains --workers " + rest;
        }
        if (rest.matches("\\d+")) {
            return "no llc at " + LlcBackend.debianLlc(Integer.parseInt(rest)) + ": run scripts/setup-toolchains --llc " + rest;
        }
        return "no llc named '" + rest + "' in the llc configuration (" + defaultConfig()
                + "): add a line " + rest + "=/path/to/llc";
    }

    private static boolean isEmbedded(BytedecoRelease r) {
        return r.major() == embeddedMajor();
    }

    private static boolean isBytedecoJar(String classpathEntry) {
        String e = classpathEntry.replace('\\', '/');
        return e.contains("/org/bytedeco/llvm/") || e.contains("/org/bytedeco/javacpp/");
    }

    /** The Maven repository the embedded LLVM's jar was taken from: the other presets are looked for there. */
    private static Path mavenRepository() {
        for (String e : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(e);
            if (isBytedecoJar(e) && p.getFileName().toString().startsWith("llvm-") && p.getNameCount() > 5) {
                // <repo>/org/bytedeco/llvm/<version>/llvm-<version>.jar
                return p.toAbsolutePath().getParent().getParent().getParent().getParent().getParent();
            }
        }
        String local = System.getProperty("maven.repo.local");
        return local != null ? Path.of(local) : Path.of(System.getProperty("user.home"), ".m2", "repository");
    }

    private static Map<String, Path> readConfig(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new InputException(file + ": cannot read the llc configuration: " + e.getMessage());
        }
        Map<String, Path> llcs = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            String where = file + ":" + (i + 1);
            if (eq < 0) {
                throw new InputException(where + ": expected NAME=/path/to/llc, e.g. main=/opt/llvm-main/bin/llc");
            }
            String name = line.substring(0, eq).strip();
            String path = line.substring(eq + 1).strip();
            if (path.isEmpty()) {
                throw new InputException(where + ": " + name + "= names no llc: write " + name + "=/path/to/bin/llc, or delete the line");
            }
            Path llc;
            try {
                llc = Path.of(path);
            } catch (java.nio.file.InvalidPathException e) {
                throw new InputException(where + ": '" + path + "' is not a path: write " + name + "=/path/to/bin/llc");
            }
            if (!USER_NAME.matcher(name).matches() || name.chars().allMatch(Character::isDigit)) {
                throw new InputException(where + ": '" + name + "' is not a usable name: start with a letter "
                        + "(numbers alone name Debian's llc-N)");
            }
            if (!Files.isRegularFile(llc) || !Files.isExecutable(llc)) {
                throw new InputException(where + ": " + name + ": no executable llc at " + llc);
            }
            llcs.put(name, llc);
        }
        return llcs;
    }

    /**
     * Where an llc backend runs iretlab's passes before handing llc the module: in another backend
     * ({@code opener}, named {@code name}), in this process as a stand-in for an LLVM with no
     * Bytedeco build (deciding by trial compiles on the llc itself; {@code note} says so), or
     * nowhere ({@code note} is the reason, and with-passes cells are N/A).
     */
    record PassHost(String name, String note, Supplier<Backend> opener, boolean inProcess) {
        static PassHost remote(String name, Supplier<Backend> opener) {
            return new PassHost(name, null, opener, false);
        }

        static PassHost inProcess(String note) {
            return new PassHost(embeddedName(), note, null, true);
        }

        static PassHost missing(String reason) {
            return new PassHost(null, reason, null, false);
        }
    }
}
