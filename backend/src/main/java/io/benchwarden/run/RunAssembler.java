package io.benchwarden.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.benchwarden.contract.model.Comparison;
import io.benchwarden.contract.model.StrictBundle;
import io.benchwarden.project.Project;
import io.benchwarden.system.Sha256;

/** Builds the entity graph of a run from a validated bundle, ready to be saved in one go. */
public final class RunAssembler {

    private RunAssembler() {
    }

    /** The run without its verdict: {@link VerdictRecorder#record} gives it one once it has an id. */
    public static StrictRun assemble(Project project, RunMetadata metadata, Map<String, byte[]> artifacts,
            StrictBundle bundle, String key, String fingerprint, Instant ingestedAt) {
        StrictRun run = new StrictRun(project, metadata, key, fingerprint, ingestedAt);
        run.setHost(new HostEnvironmentEntity(run, bundle.host()));
        bundle.soak().ifPresent(soak -> run.setSoak(new SoakSummaryEntity(run, soak)));
        List.of(bundle.openBaseline(), bundle.openWithAgent(), bundle.connectBaseline(), bundle.connectWithAgent())
                .forEach(profile -> run.addProfile(new ProfileMeasurementEntity(run, profile)));
        run.addComparison(new ComparisonRowEntity(run, ComparisonRowEntity.OPEN_COMPARE, 0, bundle.openCompare()));
        List<Comparison> workload = bundle.workload();
        for (int i = 0; i < workload.size(); i++) {
            run.addComparison(new ComparisonRowEntity(run, ComparisonRowEntity.WORKLOAD, i, workload.get(i)));
        }
        artifacts.forEach((name, bytes) -> run.addArtifact(new RunArtifact(run, name, Sha256.hex(bytes), bytes)));
        return run;
    }
}
