package io.benchwarden.runner.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An lscpu-like description of the host built from /proc/cpuinfo and sysfs, with the benchmark CPU's scaling
 * governor added (the service reads {@code Model name:} and {@code Scaling governor:} from it).
 */
public final class CpuInfo {

    private static final String FORMAT = "%-41s%s%n";

    private CpuInfo() {
    }

    public static String render(Path procCpuinfo, Path sysCpu, String machine, int benchCpu) {
        List<Map<String, String>> processors = processors(read(procCpuinfo));
        Map<String, String> first = processors.isEmpty() ? Map.of() : processors.get(0);
        int cpus = processors.size();
        long sockets = Math.max(1, processors.stream().map(p -> p.getOrDefault("physical id", "0")).distinct().count());
        int coresPerSocket = parse(first.get("cpu cores"), cpus);
        int siblings = parse(first.get("siblings"), cpus);
        Map<String, String> lines = new LinkedHashMap<>();
        lines.put("Architecture", machine);
        lines.put("Byte Order", "Little Endian");
        lines.put("CPU(s)", Integer.toString(cpus));
        lines.put("On-line CPU(s) list", readOr(sysCpu.resolve("online"), "0-" + (cpus - 1)));
        lines.put("Vendor ID", first.get("vendor_id"));
        lines.put("Model name", first.get("model name"));
        lines.put("CPU family", first.get("cpu family"));
        lines.put("Model", first.get("model"));
        lines.put("Thread(s) per core", Integer.toString(Math.max(1, siblings / Math.max(1, coresPerSocket))));
        lines.put("Core(s) per socket", Integer.toString(coresPerSocket));
        lines.put("Socket(s)", Long.toString(sockets));
        lines.put("Stepping", first.get("stepping"));
        lines.put("CPU MHz", first.get("cpu MHz"));
        lines.put("BogoMIPS", first.get("bogomips"));
        lines.put("Flags", first.get("flags"));
        lines.put("Scaling governor", CpuGovernor.read(sysCpu.resolve("cpu" + benchCpu + "/cpufreq/scaling_governor")));
        StringBuilder out = new StringBuilder();
        lines.forEach((key, value) -> {
            if (value != null && !value.isBlank()) {
                out.append(String.format(FORMAT, key + ":", value.strip()));
            }
        });
        return out.toString();
    }

    private static List<Map<String, String>> processors(String cpuinfo) {
        List<Map<String, String>> processors = new ArrayList<>();
        Map<String, String> current = new LinkedHashMap<>();
        for (String line : cpuinfo.split("\n")) {
            int colon = line.indexOf(':');
            if (line.isBlank()) {
                if (!current.isEmpty()) {
                    processors.add(current);
                    current = new LinkedHashMap<>();
                }
            }
            else if (colon > 0) {
                current.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
        }
        if (!current.isEmpty()) {
            processors.add(current);
        }
        return processors;
    }

    private static int parse(String value, int fallback) {
        try {
            return value == null ? fallback : Integer.parseInt(value.strip());
        }
        catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String readOr(Path file, String fallback) {
        try {
            return Files.readString(file).strip();
        }
        catch (IOException e) {
            return fallback;
        }
    }
}
