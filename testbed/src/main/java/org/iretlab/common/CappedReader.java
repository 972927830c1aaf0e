package org.iretlab.common;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads one of a tool's output streams on a daemon thread until it closes, keeping at most {@code cap}
 * bytes and counting the rest, which it reads and drops so that the tool never blocks on a full pipe.
 * A reader still running when its run is over (a process out of iretlab's reach holds the pipe) is
 * left behind: it is a daemon and ends when the pipe does.
 */
final class CappedReader implements Runnable {
    private static final int CHUNK = 64 * 1024;

    private final InputStream in;
    private final long cap;
    private final Thread thread;
    private final List<byte[]> kept = new ArrayList<>();
    private long keptBytes;
    private long total;
    private boolean done;
    private boolean abandoned;
    private String text;

    private CappedReader(InputStream in, long cap, String name) {
        this.in = in;
        this.cap = cap;
        this.thread = new Thread(this, "iretlab-pipe: " + name);
        thread.setDaemon(true);
    }

    static CappedReader start(InputStream in, long cap, String name) {
        CappedReader r = new CappedReader(in, cap, name);
        r.thread.start();
        return r;
    }

    @Override
    public void run() {
        byte[] buffer = new byte[CHUNK];
        try (in) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                synchronized (this) {
                    total += n;
                    int keep = (int) Math.min(n, cap - keptBytes);
                    if (keep > 0 && !abandoned && text == null) {
                        kept.add(Arrays.copyOf(buffer, keep));
                        keptBytes += keep;
                    }
                }
            }
        } catch (IOException e) {
            // The stream was closed under us: what was read stands.
        } finally {
            synchronized (this) {
                done = true;
                notifyAll();
            }
        }
    }

    /** Waits until the stream closes or the time ({@link System#nanoTime()}) passes; after that the reader is abandoned. */
    synchronized void await(long deadlineNanos) throws java.io.InterruptedIOException {
        try {
            long left;
            while (!done && (left = deadlineNanos - System.nanoTime()) > 0) {
                wait(Math.max(1, left / 1_000_000));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("interrupted while reading " + thread.getName());
        }
        abandoned = !done;
    }

    /** True when part of the stream was not kept: over the cap, or not read to its end. */
    synchronized boolean cut() {
        return total > keptBytes || abandoned;
    }

    /** What was kept, as UTF-8 text, with a closing line when part of the stream was not; once read, the bytes go. */
    synchronized String text() {
        if (text != null) {
            return text;
        }
        byte[] all = new byte[(int) keptBytes];
        int at = 0;
        for (byte[] chunk : kept) {
            System.arraycopy(chunk, 0, all, at, chunk.length);
            at += chunk.length;
        }
        kept.clear();
        text = new String(all, StandardCharsets.UTF_8);
        String end = text.isEmpty() || text.endsWith("\n") ? "" : "\n";
        if (total > keptBytes) {
            text += end + "[iretlab: cut at " + ExternalProcess.size(keptBytes) + "; " + ExternalProcess.size(total)
                    + " were written" + (abandoned ? " before iretlab stopped reading" : "") + "]\n";
        } else if (abandoned) {
            text += end + "[iretlab: stopped reading after " + ExternalProcess.size(total)
                    + ": a process out of iretlab's reach kept the pipe open]\n";
        }
        return text;
    }
}
