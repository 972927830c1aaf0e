package org.iretlab.upstream;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Serves the interestingness test to llvm-reduce from this JVM, warm, over a loopback socket: the
 * test llvm-reduce runs per candidate is a few lines of bash ({@link #client}) that send the
 * candidate's path and exit with the answer, instead of a JVM started per candidate. A request
 * carries a random token only the client script (readable by its owner alone) knows, so another
 * local process cannot have files judged.
 *
 * <p>Protocol, one connection per candidate: {@code TOKEN\nPATH\n} in, {@code interesting\n} or
 * {@code not interesting: WHY\n} out.
 */
final class InterestingnessServer implements AutoCloseable {
    /** One answered candidate: its file, the verdict, and how long judging it took. */
    record Answer(Path candidate, Interestingness.Verdict verdict, long nanos) {}

    private static final String YES = "interesting";
    /**
     * How long a connection may take to send its request: the client sends it at once, and one that
     * connects and says nothing must not hold the (one-at-a-time) server, and so the reduction, forever.
     */
    static final int REQUEST_TIMEOUT_MILLIS = 5_000;

    private final ServerSocket socket;
    private final String token;
    private final Interestingness test;
    private final Consumer<Answer> onAnswer;
    private final Thread thread;

    private InterestingnessServer(ServerSocket socket, String token, Interestingness test, Consumer<Answer> onAnswer) {
        this.socket = socket;
        this.token = token;
        this.test = test;
        this.onAnswer = onAnswer;
        this.thread = new Thread(this::serve, "iretlab-interestingness");
        thread.setDaemon(true);
    }

    /** @param onAnswer told of every answer, on the server's thread, while the candidate still exists */
    static InterestingnessServer start(Interestingness test, Consumer<Answer> onAnswer) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            InterestingnessServer server = new InterestingnessServer(socket, HexFormat.of().formatHex(secret), test, onAnswer);
            server.thread.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on the loopback interface for llvm-reduce's interestingness test", e);
        }
    }

    /**
     * The script llvm-reduce runs per candidate: bash's own /dev/tcp, no other process. A candidate
     * path is made absolute with the script's working directory, which may not be this JVM's.
     */
    String client() {
        return "#!/usr/bin/env bash\n"
                + "# llvm-reduce's interestingness test: asks the iretlab running this reduction (exit 0: interesting).\n"
                + "case $1 in /*) f=$1 ;; *) f=$PWD/$1 ;; esac\n"
                + "exec 3<>/dev/tcp/" + socket.getInetAddress().getHostAddress() + "/" + socket.getLocalPort() + " || exit 2\n"
                + "printf '%s\\n%s\\n' " + token + " \"$f\" >&3\n"
                + "IFS= read -r answer <&3\n"
                + "[ \"$answer\" = " + YES + " ]\n";
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket s = socket.accept()) {
                s.setSoTimeout(REQUEST_TIMEOUT_MILLIS);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                String given = in.readLine();
                String path = in.readLine();
                OutputStream out = s.getOutputStream();
                if (given == null || path == null || !MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                        token.getBytes(StandardCharsets.UTF_8))) {
                    out.write("not interesting: not a request of this reduction\n".getBytes(StandardCharsets.UTF_8));
                    continue;
                }
                long start = System.nanoTime();
                Interestingness.Verdict v = judge(Path.of(path));
                long nanos = System.nanoTime() - start;
                // Told before llvm-reduce hears the answer: it may delete the candidate as soon as it has it.
                onAnswer.accept(new Answer(Path.of(path), v, nanos));
                out.write(((v.interesting() ? YES : "not interesting: " + v.why().replace('\n', ' ')) + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException e) {
                // A client that went away (llvm-reduce killed at the time limit) or said nothing in time, or the
                // socket closed at the end.
            }
        }
    }

    private Interestingness.Verdict judge(Path candidate) {
        try {
            return test.check(candidate);
        } catch (RuntimeException e) {
            // iretlab's own failure: not interesting, said in the answer, and the server stays up.
            return new Interestingness.Verdict(false, "iretlab failed on it: " + e);
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
            thread.join(10_000);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
