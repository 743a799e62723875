package io.benchwarden.ingest;

import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.ExtraFiles;
import io.benchwarden.contract.Problem;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.project.Project;
import io.benchwarden.run.RunPaths;
import io.benchwarden.run.RunViews;
import io.benchwarden.run.StrictRunRecorder;
import org.springframework.stereotype.Component;

/** A strict run ({@code POST /api/v1/runs}): the perf contract's artifacts, checked by the contract's validator. */
@Component
class StrictUpload implements UploadKind<ValidationOutcome> {

    private final StrictRunRecorder runs;

    StrictUpload(StrictRunRecorder runs) {
        this.runs = runs;
    }

    @Override
    public String noun() {
        return "run";
    }

    /** Files the contract does not know are kept with the run, each within the per-part size limit. */
    @Override
    public int extraFilesAllowed() {
        return ExtraFiles.MAX_FILES;
    }

    @Override
    public boolean isArtifact(String partName) {
        return ArtifactNames.isKnown(partName);
    }

    @Override
    public String artifactsDescribed() {
        return "an artifact of the perf contract";
    }

    @Override
    public ValidationOutcome check(UploadForm form, List<Problem> problems) {
        ValidationOutcome outcome = BundleValidator.validate(form.artifacts());
        problems.addAll(outcome.problems());
        return outcome;
    }

    @Override
    public Optional<StoredKey> findByKey(long projectId, String key) {
        return runs.findByKey(projectId, key).map(stored -> new StoredKey(stored.id(), stored.fingerprint()));
    }

    @Override
    public long record(Project project, UploadForm form, ValidationOutcome checked, UploadKey key) {
        return runs.record(project, form.metadata(), form.artifacts(), checked, key.key(), key.fingerprint());
    }

    @Override
    public String uiPath(long id) {
        return RunPaths.ui(id);
    }

    @Override
    public String apiPath(long id) {
        return RunPaths.api(id);
    }

    @Override
    public Object answer(long id, String url) {
        return new RunViews.IngestResponse(id, url, runs.verdictOf(id));
    }
}
