package org.iretlab.matrix;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.iretlab.common.InputException;

/**
 * One writer per run folder: a lock on {@code OUT/.lock} held from the first cell to the last report,
 * so a second {@code matrix} (a {@code --resume} started too early, a second run given the same
 * {@code --out}) is refused with who holds the folder instead of interleaving its cells and reports.
 * The operating system drops the lock when its process dies, so a killed run never leaves the folder
 * locked.
 */
public final class RunLock implements AutoCloseable {
    static final String FILE = ".lock";

    private final RandomAccessFile file;
    private final FileLock lock;

    private RunLock(RandomAccessFile file, FileLock lock) {
        this.file = file;
        this.lock = lock;
    }

    /**
     * Takes the folder (creating it), or refuses naming the holder.
     *
     * @param what this writer, as the refusal of another one will name it (e.g. {@code iretlab matrix})
     */
    public static RunLock acquire(Path folder, String what) {
        RandomAccessFile file = null;
        try {
            Files.createDirectories(folder);
            file = new RandomAccessFile(folder.resolve(FILE).toFile(), "rw");
            FileLock lock;
            try {
                lock = file.getChannel().tryLock();
            } catch (OverlappingFileLockException sameProcess) {
                lock = null;
            }
            if (lock == null) {
                String holder = Files.readString(folder.resolve(FILE), StandardCharsets.UTF_8).strip();
                file.close();
                throw new InputException(folder + ": in use by " + (holder.isEmpty() ? "another iretlab" : holder)
                        + ": wait until it ends (a killed run frees the folder), or give another --out");
            }
            FileChannel channel = file.getChannel();
            channel.truncate(0);
            channel.write(StandardCharsets.UTF_8.encode(what + " (pid " + ProcessHandle.current().pid() + ", since "
                    + Instant.now().toString().replaceFirst("\\.\\d+Z$", "Z") + ")\n"), 0);
            channel.force(true);
            return new RunLock(file, lock);
        } catch (IOException e) {
            if (file != null) {
                try {
                    file.close();
                } catch (IOException ignored) {
                    // The refusal below says what went wrong.
                }
            }
            throw new InputException(folder + ": cannot take the run folder: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        try {
            file.getChannel().truncate(0);
            lock.release();
            file.close();
        } catch (IOException e) {
            // Closing the file releases the lock whatever else failed; nothing to report.
        }
    }
}
