package io.benchwarden.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.benchwarden.contract.model.ProfileMeasurement;

@Entity
@Table(name = "profile_measurement")
public class ProfileMeasurementEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "profile_measurement_ids")
    @SequenceGenerator(name = "profile_measurement_ids", sequenceName = "profile_measurement_ids", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "run_id")
    private StrictRun run;

    @Column(nullable = false)
    private String kind;

    @Column(name = "with_agent", nullable = false)
    private boolean withAgent;

    private long iterations;
    private double seconds;
    @Column(name = "us_per_op")
    private double usPerOp;
    @Column(name = "p50_us")
    private double p50Us;
    @Column(name = "p95_us")
    private double p95Us;
    @Column(name = "p99_us")
    private double p99Us;
    private String file;
    private String host;
    private Integer port;

    protected ProfileMeasurementEntity() {
    }

    ProfileMeasurementEntity(StrictRun run, ProfileMeasurement profile) {
        this.run = run;
        this.kind = profile.kind().key();
        this.withAgent = profile.withAgent();
        this.iterations = profile.iterations();
        this.seconds = profile.seconds();
        this.usPerOp = profile.usPerOp();
        this.p50Us = profile.p50Us();
        this.p95Us = profile.p95Us();
        this.p99Us = profile.p99Us();
        this.file = profile.file();
        this.host = profile.host();
        this.port = profile.port();
    }

    public String getKind() {
        return kind;
    }

    public boolean isWithAgent() {
        return withAgent;
    }

    public long getIterations() {
        return iterations;
    }

    public double getSeconds() {
        return seconds;
    }

    public double getUsPerOp() {
        return usPerOp;
    }

    public double getP50Us() {
        return p50Us;
    }

    public double getP95Us() {
        return p95Us;
    }

    public double getP99Us() {
        return p99Us;
    }

    public String getFile() {
        return file;
    }

    public String getHost() {
        return host;
    }

    public Integer getPort() {
        return port;
    }
}
