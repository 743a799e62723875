package io.benchwarden.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.UniqueKeyRace;
import io.benchwarden.token.ApiToken;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * The one ingest path for every kind of upload, in order: check the form and the content (422 listing every
 * problem, nothing stored), scope the token to the project (403, no project created), fingerprint, store
 * idempotently. Idempotency rests on the
 * unique (project, idempotency key) constraint, so two concurrent copies of one upload cannot both land; the loser
 * is answered with the winner's id, a repeat with the stored run, and a reused key with other content with 409.
 */
@Component
class IngestPipeline {

    private final ProjectRepository projects;

    IngestPipeline(ProjectRepository projects) {
        this.projects = projects;
    }

    /** A stored run as the uploader is told of it: 201 when this call created it, 200 when it was there already. */
    record Ingested(long id, boolean created) {
    }

    /** An upload over HTTP, on the authority of an upload token. */
    <P> Ingested ingest(UploadKind<P> kind, UploadForm form, ApiToken token) {
        P checked = check(kind, form);
        String name = form.metadata().project();
        Optional<Project> existing = projects.findByName(name);
        existing.ifPresentOrElse(token::requireProject, () -> token.requireMayCreateProject(name));
        return store(kind, existing.orElseGet(() -> projects.findOrCreate(name)), form, checked);
    }

    /** A run the service makes itself (the demo history), into a project it has already created. */
    <P> Ingested ingestTrusted(UploadKind<P> kind, UploadForm form, Project project) {
        return store(kind, project, form, check(kind, form));
    }

    private static <P> P check(UploadKind<P> kind, UploadForm form) {
        List<Problem> problems = new ArrayList<>(form.problems());
        P checked = kind.check(form, problems);
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        return checked;
    }

    private static <P> Ingested store(UploadKind<P> kind, Project project, UploadForm form, P checked) {
        UploadKey key = UploadKey.of(form);
        Optional<UploadKind.StoredKey> existing = kind.findByKey(project.getId(), key.key());
        if (existing.isPresent()) {
            return repeat(kind, existing.get(), key);
        }
        return UniqueKeyRace.storeOrWinner(
                () -> new Ingested(kind.record(project, form, checked, key), true),
                () -> kind.findByKey(project.getId(), key.key()).map(winner -> repeat(kind, winner, key)));
    }

    private static Ingested repeat(UploadKind<?> kind, UploadKind.StoredKey stored, UploadKey key) {
        if (!stored.fingerprint().equals(key.fingerprint())) {
            throw new ApiException(HttpStatus.CONFLICT, "conflict", kind.noun() + " " + stored.id()
                    + " was already uploaded with this key but different artifacts or metadata; nothing was stored");
        }
        return new Ingested(stored.id(), false);
    }
}
