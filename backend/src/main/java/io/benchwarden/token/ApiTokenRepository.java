package io.benchwarden.token;

import java.time.Instant;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

public interface ApiTokenRepository extends Repository<ApiToken, Long> {

    Optional<ApiToken> findByTokenHash(String tokenHash);

    ApiToken save(ApiToken token);

    /** Touching last_used_at must not load and rewrite the entity on every upload. */
    @Modifying
    @Transactional
    @Query("update ApiToken t set t.lastUsedAt = :when where t.id = :id")
    void markUsed(Long id, Instant when);
}
