package io.benchwarden.runner.host;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The cpufreq governor of one CPU; {@value #UNKNOWN} where the host exposes none (as virtual machines often do). */
public final class CpuGovernor {

    public static final String UNKNOWN = "unknown";
    public static final String PERFORMANCE = "performance";

    private CpuGovernor() {
    }

    public static String of(int cpu) {
        return read(Path.of("/sys/devices/system/cpu/cpu" + cpu + "/cpufreq/scaling_governor"));
    }

    static String read(Path file) {
        try {
            String value = Files.readString(file).strip();
            return value.isEmpty() ? UNKNOWN : value;
        }
        catch (IOException e) {
            return UNKNOWN;
        }
    }

    public static String warningFor(int cpu, String governor) {
        return PERFORMANCE.equals(governor) ? null
                : "warning: CPU " + cpu + " scaling governor is '" + governor + "', not 'performance'; "
                        + "frequency scaling adds noise to every figure";
    }
}
