package io.benchwarden.run;

import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface StrictRunRepository extends JpaRepository<StrictRun, Long> {

    @Query("select r from StrictRun r where r.project.id = :projectId and r.idempotencyKey = :key")
    Optional<StrictRun> findByIdempotencyKey(Long projectId, String key);

    @Query("select a from RunArtifact a where a.run.id = :runId and a.name = :name")
    Optional<RunArtifact> findArtifact(Long runId, String name);
}
