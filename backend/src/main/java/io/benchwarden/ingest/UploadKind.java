package io.benchwarden.ingest;

import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.project.Project;

/**
 * What differs between the kinds of upload; everything else — reading the form, bounding it, authenticating and
 * scoping, fingerprinting, storing idempotently, answering — is the one {@link IngestPipeline}.
 *
 * @param <P> the upload's content once checked: what {@link #record} needs besides the form
 */
interface UploadKind<P> {

    /** How a run of this kind is named in answers: "run", "hosted run". */
    String noun();

    /** Whether a multipart part of this name carries an artifact of this kind (form fields aside). */
    boolean isArtifact(String partName);

    /** The artifacts this kind accepts, for the error about a part that is none of them. */
    String artifactsDescribed();

    /** How many files beyond its own artifacts an upload of this kind may carry, kept as uploaded; 0 for none. */
    int extraFilesAllowed();

    /**
     * Checks the uploaded content; adds every problem found to {@code problems}.
     *
     * @return the checked content, or null when there were problems
     */
    P check(UploadForm form, List<Problem> problems);

    Optional<StoredKey> findByKey(long projectId, String key);

    /** Stores and evaluates the run in one transaction; a clash on the idempotency key surfaces as an exception. */
    long record(Project project, UploadForm form, P checked, UploadKey key);

    /** The run's path in the web UI and in the API. */
    String uiPath(long id);

    String apiPath(long id);

    /** The answer's body for the stored run, carrying {@code url} (the run's page). */
    Object answer(long id, String url);

    /** A stored run's id and the fingerprint of what it was stored from. */
    record StoredKey(long id, String fingerprint) {
    }
}
