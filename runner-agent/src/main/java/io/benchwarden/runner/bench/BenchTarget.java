package io.benchwarden.runner.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** What the workloads operate on: FILE, HOST:PORT and the stat list, resolved once per run. */
public record BenchTarget(String file, String host, int port, List<String> statFiles) {

    public static final List<String> STAT_ROOTS = List.of("/usr/bin", "/usr/sbin", "/bin", "/sbin");

    public SyscallWorkload workload(WorkloadKind kind) {
        return switch (kind) {
            case OPEN_CLOSE, OPEN_COMPARE -> new OpenClose(kind, file);
            case CONNECT_LOOPBACK -> new ConnectLoopback(host, port);
            case FULL_READ -> new FullRead(file);
            case STAT_WALK -> new StatWalk(statFiles);
        };
    }

    /**
     * The first {@code sample} regular files under the roots in directory order, as {@code find ROOTS -type f |
     * head -n SAMPLE} lists them (symbolic links, including a root that is one, are not followed); FILE when
     * there are none.
     */
    public static List<String> statSample(List<String> roots, int sample, String fallback) {
        List<String> files = new ArrayList<>();
        for (String root : roots) {
            Path start = Path.of(root);
            if (files.size() >= sample || !Files.isDirectory(start, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(start)) {
                walk.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                        .limit(sample - files.size())
                        .forEach(path -> files.add(path.toString()));
            }
            catch (IOException | UncheckedIOException e) {
                // find prints the error and carries on with the next root; so do we
            }
        }
        return files.isEmpty() ? List.of(fallback) : List.copyOf(files);
    }
}
