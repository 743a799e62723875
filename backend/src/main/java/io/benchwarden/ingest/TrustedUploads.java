package io.benchwarden.ingest;

import java.util.Map;

import io.benchwarden.project.Project;
import io.benchwarden.run.RunMetadata;
import org.springframework.stereotype.Component;

/**
 * Runs the service makes itself (the demo history) take the same path as uploads — checked, fingerprinted, stored
 * idempotently — only without a token, into a project the caller has created.
 */
@Component
public class TrustedUploads {

    private final IngestPipeline pipeline;
    private final StrictUpload strict;
    private final HostedUpload hosted;

    TrustedUploads(IngestPipeline pipeline, StrictUpload strict, HostedUpload hosted) {
        this.pipeline = pipeline;
        this.strict = strict;
        this.hosted = hosted;
    }

    /** @return the stored run's id */
    public long strictRun(Project project, RunMetadata metadata, Map<String, byte[]> artifacts) {
        return pipeline.ingestTrusted(strict, UploadForm.of(metadata, artifacts), project).id();
    }

    /** @return the stored hosted run's id */
    public long hostedRun(Project project, RunMetadata metadata, byte[] benchmarkJson) {
        return pipeline.ingestTrusted(hosted, UploadForm.of(metadata, Map.of(HostedUpload.ARTIFACT, benchmarkJson)), project)
                .id();
    }
}
