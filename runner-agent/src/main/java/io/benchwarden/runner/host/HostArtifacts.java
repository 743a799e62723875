package io.benchwarden.runner.host;

import static io.benchwarden.contract.ArtifactNames.CPU_INFO;
import static io.benchwarden.contract.ArtifactNames.FS_TYPE;
import static io.benchwarden.contract.ArtifactNames.KERNEL_INFO;
import static io.benchwarden.contract.ArtifactNames.OS_RELEASE;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** The four text artifacts that describe the perf host: kernel, OS, CPU and the benchmark file's filesystem. */
public final class HostArtifacts {

    private HostArtifacts() {
    }

    public static Map<String, String> collect(String benchFile, int benchCpu) {
        Uname uname = Uname.read();
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put(KERNEL_INFO, uname.allLine() + "\n");
        texts.put(OS_RELEASE, osRelease());
        texts.put(CPU_INFO, CpuInfo.render(Path.of("/proc/cpuinfo"), Path.of("/sys/devices/system/cpu"), uname.machine(),
                benchCpu));
        texts.put(FS_TYPE, FilesystemType.of(benchFile) + "\n");
        return texts;
    }

    private static String osRelease() {
        for (Path candidate : new Path[] { Path.of("/etc/os-release"), Path.of("/usr/lib/os-release") }) {
            try {
                return Files.readString(candidate);
            }
            catch (IOException e) {
                // try the next location, as os-release(5) says
            }
        }
        throw new UncheckedIOException("cannot read /etc/os-release or /usr/lib/os-release", new IOException("missing"));
    }
}
