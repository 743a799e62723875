package io.benchwarden.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

import io.benchwarden.contract.model.EnvironmentFacts;
import io.benchwarden.contract.model.HostEnvironment;

/**
 * The facts a reader looks for, pulled out of the host artifacts (kept verbatim as artifacts), with the structured
 * facts of environment.json when the run carried one.
 */
@Entity
@Table(name = "host_environment")
public class HostEnvironmentEntity {

    private static final int LIMIT = 255;

    @Id
    @Column(name = "run_id")
    private Long runId;

    @MapsId
    @OneToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "run_id")
    private StrictRun run;

    @Column(name = "kernel_release", nullable = false)
    private String kernelRelease;
    @Column(name = "os_name", nullable = false)
    private String osName;
    @Column(name = "cpu_model", nullable = false)
    private String cpuModel;
    @Column(nullable = false)
    private String filesystem;
    private String governor;
    private String hostname;
    private String architecture;
    @Column(name = "logical_cores")
    private Integer logicalCores;
    @Column(name = "mem_total_kib")
    private Long memTotalKib;
    @Column(name = "os_version_id")
    private String osVersionId;

    protected HostEnvironmentEntity() {
    }

    HostEnvironmentEntity(StrictRun run, HostEnvironment host) {
        this.run = run;
        this.kernelRelease = clip(host.kernelRelease());
        this.osName = clip(host.osName());
        this.cpuModel = clip(host.cpuModel());
        this.filesystem = clip(host.filesystem());
        this.governor = host.cpuGovernor().map(value -> value.length() > 64 ? value.substring(0, 64) : value)
                .orElse(null);
        EnvironmentFacts facts = host.environment();
        if (facts != null) {
            this.hostname = facts.hostname();
            this.architecture = facts.architecture();
            this.logicalCores = facts.logicalCores();
            this.memTotalKib = facts.memTotalKib();
            this.osVersionId = facts.osVersionId();
        }
    }

    /** These are display summaries; the full text stays in the artifact. */
    private static String clip(String value) {
        return value.length() > LIMIT ? value.substring(0, LIMIT) : value;
    }

    public String getKernelRelease() {
        return kernelRelease;
    }

    public String getOsName() {
        return osName;
    }

    public String getCpuModel() {
        return cpuModel;
    }

    public String getFilesystem() {
        return filesystem;
    }

    public String getGovernor() {
        return governor;
    }

    public String getHostname() {
        return hostname;
    }

    public String getArchitecture() {
        return architecture;
    }

    public Integer getLogicalCores() {
        return logicalCores;
    }

    public Long getMemTotalKib() {
        return memTotalKib;
    }

    public String getOsVersionId() {
        return osVersionId;
    }
}
