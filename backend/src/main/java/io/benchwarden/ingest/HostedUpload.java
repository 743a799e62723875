package io.benchwarden.ingest;

import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.hosted.BenchmarkReport;
import io.benchwarden.hosted.GoogleBenchmarkParser;
import io.benchwarden.hosted.HostedRunPaths;
import io.benchwarden.hosted.HostedRunReader;
import io.benchwarden.hosted.HostedRunRecorder;
import io.benchwarden.hosted.Parsed;
import io.benchwarden.project.Project;
import org.springframework.stereotype.Component;

/** A hosted run ({@code POST /api/v1/hosted-runs}): Google Benchmark JSON from a shared CI runner. */
@Component
class HostedUpload implements UploadKind<BenchmarkReport> {

    static final String ARTIFACT = GoogleBenchmarkParser.ARTIFACT;

    private final HostedRunRecorder runs;
    private final HostedRunReader reader;

    HostedUpload(HostedRunRecorder runs, HostedRunReader reader) {
        this.runs = runs;
        this.reader = reader;
    }

    @Override
    public String noun() {
        return "hosted run";
    }

    @Override
    public int extraFilesAllowed() {
        return 0;
    }

    @Override
    public boolean isArtifact(String partName) {
        return ARTIFACT.equals(partName);
    }

    @Override
    public String artifactsDescribed() {
        return ARTIFACT;
    }

    @Override
    public BenchmarkReport check(UploadForm form, List<Problem> problems) {
        byte[] content = form.artifacts().get(ARTIFACT);
        if (content == null) {
            problems.add(new Problem(ARTIFACT, "", "is missing: send it as the benchmark.json part or as the JSON body"));
            return null;
        }
        Parsed<BenchmarkReport> parsed = GoogleBenchmarkParser.parse(content);
        problems.addAll(parsed.problems());
        return parsed.value().orElse(null);
    }

    @Override
    public Optional<StoredKey> findByKey(long projectId, String key) {
        return runs.findByKey(projectId, key).map(stored -> new StoredKey(stored.id(), stored.fingerprint()));
    }

    @Override
    public long record(Project project, UploadForm form, BenchmarkReport report, UploadKey key) {
        return runs.record(project, form.metadata(), form.artifacts().get(ARTIFACT), report, key.key(),
                key.fingerprint());
    }

    @Override
    public String uiPath(long id) {
        return HostedRunPaths.ui(id);
    }

    @Override
    public String apiPath(long id) {
        return HostedRunPaths.api(id);
    }

    @Override
    public Object answer(long id, String url) {
        return reader.read(id, url);
    }
}
