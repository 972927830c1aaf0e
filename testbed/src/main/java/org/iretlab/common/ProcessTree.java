package org.iretlab.common;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One tool's process tree on Linux, found three ways, since each alone has a hole: the process group
 * the tool leads (it runs under {@code setsid}), the marker its environment carries to everything
 * it starts (found in /proc/PID/environ, also for a process that left the group and whose parent
 * is gone), and the descendants seen while it ran. Killing is SIGKILL, over rounds until none is
 * left running, since a process may fork while it is being killed.
 */
final class ProcessTree {
    /** The environment variable that marks every process of one tree. */
    static final String MARKER = "IRETLAB_PROCESS_TREE";
    private static final long SELF = ProcessHandle.current().pid();

    private final Process process;
    private final String marker;
    /** The group the tool leads, or -1 when it was started without setsid (then it shares iretlab's). */
    private final long group;
    /** When the tool started (clock ticks since boot): what started before it is no part of its tree. */
    private final long startTicks;
    private final Set<ProcessHandle> seen = new LinkedHashSet<>();

    ProcessTree(Process process, String marker, boolean leadsGroup) {
        this.process = process;
        this.marker = marker;
        this.group = leadsGroup ? process.pid() : -1;
        long ticks;
        try {
            ticks = Long.parseLong(stat(Path.of("/proc", Long.toString(process.pid())))[19]);
        } catch (IOException | RuntimeException e) {
            ticks = 0;
        }
        this.startTicks = ticks;
    }

    /** Notes the tool's descendants now: one that leaves the group and is orphaned is still known. */
    void look() {
        process.descendants().forEach(seen::add);
    }

    /** Kills every process of the tree still running; returns once none is, or after 20 rounds. */
    void kill() {
        for (int round = 0; round < 20; round++) {
            Set<ProcessHandle> victims = new LinkedHashSet<>();
            victims.add(process.toHandle());
            process.descendants().forEach(victims::add);
            victims.addAll(seen);
            victims.addAll(members());
            victims.removeIf(h -> h.pid() == SELF || !running(h));
            if (victims.isEmpty()) {
                return;
            }
            victims.forEach(ProcessHandle::destroyForcibly);
            try {
                Thread.sleep(round < 5 ? 5 : 50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** The running processes of the tree's group, or started since the tool with its marker. */
    List<ProcessHandle> members() {
        List<ProcessHandle> out = new ArrayList<>();
        File[] entries = new File("/proc").listFiles();
        if (entries == null) {
            return out;
        }
        for (File e : entries) {
            String name = e.getName();
            if (name.isEmpty() || !Character.isDigit(name.charAt(0))) {
                continue;
            }
            try {
                String[] fields = stat(e.toPath());
                if (dead(fields[0])) {
                    continue;
                }
                boolean inGroup = group > 0 && Long.parseLong(fields[2]) == group;
                if (inGroup || (Long.parseLong(fields[19]) >= startTicks && marked(e.toPath()))) {
                    ProcessHandle.of(Long.parseLong(name)).ifPresent(out::add);
                }
            } catch (IOException | RuntimeException gone) {
                // It ended while /proc was read.
            }
        }
        return out;
    }

    /**
     * True while the process runs: {@link ProcessHandle#isAlive()} holds for a zombie too, which a
     * killed orphan stays until PID 1 collects it (in a container, maybe never).
     */
    static boolean running(ProcessHandle h) {
        if (!h.isAlive()) {
            return false;
        }
        try {
            return !dead(stat(Path.of("/proc", Long.toString(h.pid())))[0]);
        } catch (IOException | RuntimeException gone) {
            return h.isAlive();
        }
    }

    /**
     * The value of {@link #MARKER} a tool is given: its own marker after those of the runs it runs
     * under (an iretlab started by a tool iretlab runs, as llvm-reduce's test does), so that killing
     * an outer tree kills what the inner iretlab started too.
     */
    static String markerValue(String inherited, String marker) {
        return inherited == null || inherited.isBlank() ? marker : inherited + " " + marker;
    }

    /** True when the process's environment has the marker among its {@link #MARKER}'s; false when it cannot be read (another user's). */
    private boolean marked(Path proc) {
        byte[] env;
        try {
            env = Files.readAllBytes(proc.resolve("environ"));
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
        String prefix = MARKER + "=";
        int start = 0;
        while (start < env.length) {
            int end = start;
            while (end < env.length && env[end] != 0) {
                end++;
            }
            String variable = new String(env, start, end - start, StandardCharsets.ISO_8859_1);
            if (variable.startsWith(prefix)) {
                return List.of(variable.substring(prefix.length()).split(" ")).contains(marker);
            }
            start = end + 1;
        }
        return false;
    }

    /**
     * The fields of /proc/PID/stat after the command name in parentheses (which may hold spaces and
     * parentheses): [0] state, [2] process group, [19] start time in clock ticks.
     */
    private static String[] stat(Path proc) throws IOException {
        byte[] buffer = new byte[1024];
        int n;
        try (FileInputStream in = new FileInputStream(proc.resolve("stat").toFile())) {
            n = in.readNBytes(buffer, 0, buffer.length);
        }
        String stat = new String(buffer, 0, n, StandardCharsets.ISO_8859_1);
        return stat.substring(stat.lastIndexOf(')') + 2).split(" ", 22);
    }

    /** Zombie or dead: killed already, waiting for its parent to collect its status. */
    private static boolean dead(String state) {
        return state.equals("Z") || state.equals("X") || state.equals("x");
    }
}
