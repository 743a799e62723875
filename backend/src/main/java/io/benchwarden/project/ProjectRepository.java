package io.benchwarden.project;

import java.util.List;
import java.util.Optional;

import io.benchwarden.system.ApiException;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface ProjectRepository extends Repository<Project, Long> {

    Optional<Project> findByName(String name);

    Optional<Project> findById(Long id);

    List<Project> findAllByOrderByNameAsc();

    /** Concurrent first uploads of a project must not race into a unique violation, hence the upsert. */
    @Modifying
    @Transactional
    @Query(value = "INSERT INTO project (name, demo) VALUES (:name, :demo) ON CONFLICT (name) DO NOTHING",
            nativeQuery = true)
    void insertIfAbsent(String name, boolean demo);

    /** The named project, or 404: a name that breaks the naming rule cannot name one. */
    default Project require(String name) {
        if (!ProjectName.isValid(name)) {
            throw ApiException.notFound("project " + name);
        }
        return findByName(name).orElseThrow(() -> ApiException.notFound("project " + name));
    }

    default Project findOrCreate(String name) {
        return findByName(name).orElseGet(() -> {
            insertIfAbsent(name, false);
            return findByName(name).orElseThrow();
        });
    }
}
