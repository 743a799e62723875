package io.benchwarden.contract.model;

/**
 * The host facts of {@code environment.json} ({@code schema_version} 1) as the agent project's strict workflow
 * writes them. Every fact is optional in the file; absent ones are null.
 */
public record EnvironmentFacts(String hostname, String architecture, String kernelRelease, String kernelVersion,
        String osId, String osPrettyName, String osVersionId, String cpuModel, Integer logicalCores,
        Long memTotalKib, String tmpFilesystem, Long generatedAtUnix) {
}
