package io.benchwarden.user;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import io.benchwarden.contract.Problem;
import io.benchwarden.system.ApiException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts for form login, stored with bcrypt hashes; names are unique and matched regardless of case. */
@Service
public class UserAccounts implements UserDetailsService {

    private static final Pattern USERNAME = Pattern.compile("[a-zA-Z0-9._-]{2,64}");
    private static final int MIN_PASSWORD = 12;
    private static final int MAX_PASSWORD_BYTES = 72;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public record Account(String username, Role role, java.time.Instant createdAt) {
    }

    /**
     * The name is matched regardless of case and the account's own spelling is returned, so audit entries always
     * name an account the same way. A name no account can have is not looked up (the database could not take a NUL
     * byte, say).
     */
    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String username, String hash, String role) {
        }
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw new UsernameNotFoundException("no such user");
        }
        Row row = jdbc.sql("SELECT username, password_hash, role FROM app_user WHERE lower(username) = lower(?)")
                .param(username).query((rs, n) -> new Row(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional().orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(row.username()).password(row.hash())
                .authorities(Role.fromWireName(row.role()).authorities().stream().map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }

    public void create(String username, String rawPassword, Role role) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, ?)")
                .params(username, encoder.encode(rawPassword), role.wireName()).update();
    }

    /** Creates an account after checking every field; all problems are reported at once. */
    public Account createChecked(String username, String password, String roleName) {
        List<Problem> problems = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new Problem("user", "username", "must be 2 to 64 letters, digits, '.', '_' or '-'"));
        }
        if (password == null || password.length() < MIN_PASSWORD) {
            problems.add(new Problem("user", "password", "must be at least " + MIN_PASSWORD + " characters"));
        }
        else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            // bcrypt reads no further, and refuses to hash a longer one rather than ignore the rest silently.
            problems.add(new Problem("user", "password", "must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (bcrypt's limit), got " + password.getBytes(StandardCharsets.UTF_8).length));
        }
        Role role = null;
        try {
            role = Role.fromWireName(String.valueOf(roleName));
        }
        catch (IllegalArgumentException ex) {
            problems.add(new Problem("user", "role", "must be viewer, triager or admin"));
        }
        if (!problems.isEmpty()) {
            throw ApiException.invalid(problems);
        }
        try {
            create(username, password, role);
        }
        catch (DuplicateKeyException ex) {
            String existing = find(username).map(Account::username).orElse(username);
            throw new ApiException(HttpStatus.CONFLICT, "conflict", "user " + existing + " exists"
                    + (existing.equals(username) ? "" : "; user names are compared regardless of case"));
        }
        return find(username).orElseThrow();
    }

    public boolean anyAdmin() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'admin'").query(Long.class).single() > 0;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, role, created_at FROM app_user WHERE lower(username) = lower(?)")
                .param(username)
                .query((rs, n) -> new Account(rs.getString(1), Role.fromWireName(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    public List<Account> all() {
        return jdbc.sql("SELECT username, role, created_at FROM app_user ORDER BY username")
                .query((rs, n) -> new Account(rs.getString(1), Role.fromWireName(rs.getString(2)),
                        rs.getTimestamp(3).toInstant()))
                .list();
    }
}
