package io.benchwarden.token;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectName;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.PlainText;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Upload tokens as admins manage them. A new token is returned in plain text exactly once; only its digest is
 * kept. Revocation is a timestamp, checked on every request, so it takes effect at once and leaves a record.
 */
@Service
public class TokenAdministration {

    private static final int MAX_NAME = 100;

    private final ApiTokenRepository tokens;
    private final ProjectRepository projects;
    private final JdbcClient jdbc;

    TokenAdministration(ApiTokenRepository tokens, ProjectRepository projects, JdbcClient jdbc) {
        this.tokens = tokens;
        this.projects = projects;
        this.jdbc = jdbc;
    }

    /**
     * @param scope a project name, or {@code null} for all projects
     * @param expiresAt when the token stops working, or {@code null} for never
     */
    public record TokenView(long id, String name, String scope, Instant createdAt, Instant lastUsedAt,
            Instant revokedAt, Instant expiresAt) {

        public boolean expired() {
            return expiresAt != null && !expiresAt.isAfter(Instant.now());
        }
    }

    public record CreatedToken(TokenView token, String secret) {
    }

    @Transactional
    public CreatedToken create(String name, String projectName, TokenExpiry expiry) {
        if (name == null || name.isBlank() || name.length() > MAX_NAME) {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_token_name",
                    "name must be 1 to " + MAX_NAME + " characters");
        }
        PlainText.problemInLine(name).ifPresent(problem -> {
            throw new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_token_name", "name " + problem);
        });
        Long projectId = null;
        if (projectName != null && !projectName.isBlank()) {
            // A name no project can have (a NUL byte, say) is not looked up: the database could not even compare it.
            projectId = Optional.of(projectName).filter(ProjectName::isValid)
                    .flatMap(projects::findByName).map(Project::getId)
                    .orElseThrow(() -> ApiException.notFound("project " + projectName));
        }
        String secret = TokenHasher.newToken();
        ApiToken saved = tokens.save(new ApiToken(name.strip(), TokenHasher.hash(secret), projectId,
                expiry.at(Instant.now())));
        return new CreatedToken(find(saved.getId()), secret);
    }

    @Transactional
    public TokenView revoke(long id) {
        int updated = jdbc.sql("UPDATE api_token SET revoked_at = now() WHERE id = ? AND revoked_at IS NULL")
                .param(id).update();
        TokenView token = find(id);
        if (updated == 0 && token.revokedAt() == null) {
            throw ApiException.notFound("token " + id);
        }
        return token;
    }

    public List<TokenView> list() {
        return jdbc.sql("""
                SELECT t.id, t.name, p.name, t.created_at, t.last_used_at, t.revoked_at, t.expires_at
                FROM api_token t LEFT JOIN project p ON p.id = t.project_id ORDER BY t.id""")
                .query((rs, n) -> view(rs)).list();
    }

    private TokenView find(long id) {
        return jdbc.sql("""
                SELECT t.id, t.name, p.name, t.created_at, t.last_used_at, t.revoked_at, t.expires_at
                FROM api_token t LEFT JOIN project p ON p.id = t.project_id WHERE t.id = ?""").param(id)
                .query((rs, n) -> view(rs)).optional().orElseThrow(() -> ApiException.notFound("token " + id));
    }

    private static TokenView view(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new TokenView(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs.getTimestamp(4)),
                instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6)), instant(rs.getTimestamp(7)));
    }

    private static Instant instant(java.sql.Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
