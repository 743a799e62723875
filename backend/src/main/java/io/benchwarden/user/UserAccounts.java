package io.benchwarden.user;

import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/** Accounts for form login, stored with bcrypt hashes. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;

    UserAccounts(JdbcClient jdbc, PasswordEncoder encoder) {
        this.jdbc = jdbc;
        this.encoder = encoder;
    }

    public record Account(String username, Role role, java.time.Instant createdAt) {
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        record Row(String hash, String role) {
        }
        Row row = jdbc.sql("SELECT password_hash, role FROM app_user WHERE username = ?").param(username)
                .query((rs, n) -> new Row(rs.getString(1), rs.getString(2))).optional()
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
        return User.withUsername(username).password(row.hash())
                .authorities(Role.fromWireName(row.role()).authorities().stream().map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }

    public void create(String username, String rawPassword, Role role) {
        jdbc.sql("INSERT INTO app_user (username, password_hash, role) VALUES (?, ?, ?)")
                .params(username, encoder.encode(rawPassword), role.wireName()).update();
    }

    public boolean anyAdmin() {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE role = 'admin'").query(Long.class).single() > 0;
    }

    public Optional<Account> find(String username) {
        return jdbc.sql("SELECT username, role, created_at FROM app_user WHERE username = ?").param(username)
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
