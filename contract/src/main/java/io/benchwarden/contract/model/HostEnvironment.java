package io.benchwarden.contract.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/**
 * The perf host as its text artifacts describe it, kept verbatim, with the few facts a reader looks for pulled out
 * of them. When the run carried {@code environment.json}, its structured facts win over what the text files say.
 *
 * @param environment the facts of environment.json; null when the run had none (the spec's artifacts only)
 */
public record HostEnvironment(String kernelInfo, String osRelease, String cpuInfo, String fsType,
        EnvironmentFacts environment) {

    /** {@code uname -a} prints "Linux host 6.18.44-... #1 SMP ..."; the release is the third word. */
    public String kernelRelease() {
        return fact(EnvironmentFacts::kernelRelease).orElseGet(() -> {
            String[] words = kernelInfo.trim().split("\\s+");
            return words.length >= 3 ? words[2] : kernelInfo.trim();
        });
    }

    public String osName() {
        return fact(EnvironmentFacts::osPrettyName)
                .or(() -> keyValue(osRelease, "PRETTY_NAME", "=").map(HostEnvironment::unquote))
                .or(() -> keyValue(osRelease, "NAME", "=").map(HostEnvironment::unquote))
                .orElse(firstLine(osRelease));
    }

    public String cpuModel() {
        return fact(EnvironmentFacts::cpuModel).or(() -> keyValue(cpuInfo, "Model name", ":"))
                .orElse(firstLine(cpuInfo));
    }

    public Optional<String> cpuGovernor() {
        return keyValue(cpuInfo, "Scaling governor", ":");
    }

    public String filesystem() {
        return fact(EnvironmentFacts::tmpFilesystem).orElse(firstLine(fsType));
    }

    private <T> Optional<T> fact(Function<EnvironmentFacts, T> fact) {
        return Optional.ofNullable(environment).map(fact);
    }

    private static Optional<String> keyValue(String text, String key, String separator) {
        return Arrays.stream(text.split("\n"))
                .filter(line -> line.startsWith(key + separator) || line.startsWith(key + " ") && line.contains(separator))
                .map(line -> line.substring(line.indexOf(separator) + 1).trim())
                .filter(value -> !value.isEmpty())
                .findFirst();
    }

    private static String unquote(String value) {
        return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                ? value.substring(1, value.length() - 1) : value;
    }

    private static String firstLine(String text) {
        String trimmed = text.strip();
        int newline = trimmed.indexOf('\n');
        return newline < 0 ? trimmed : trimmed.substring(0, newline).strip();
    }
}
