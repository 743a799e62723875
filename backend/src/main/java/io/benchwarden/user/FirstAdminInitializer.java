package io.benchwarden.user;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

import io.benchwarden.system.StartupHint;
import io.benchwarden.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A fresh installation gets one admin, {@code admin}: with the password from {@code BENCHWARDEN_ADMIN_PASSWORD},
 * or, when that is unset, a generated one printed once in the log. Once any admin exists this does nothing, so
 * changing the variable later never resets a password.
 */
@Component
@Order(0)
class FirstAdminInitializer implements ApplicationRunner, StartupHint {

    static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(FirstAdminInitializer.class);

    private final UserAccounts accounts;
    private final String configuredPassword;
    private final StartupLock lock;
    private volatile boolean generatedThisStart;

    FirstAdminInitializer(UserAccounts accounts, @Value("${benchwarden.admin-password:}") String configuredPassword,
            StartupLock lock) {
        this.accounts = accounts;
        this.configuredPassword = configuredPassword;
        this.lock = lock;
    }

    /** Under the start-up lock, so of several instances starting together only one creates (and logs) the admin. */
    @Override
    public void run(ApplicationArguments args) {
        lock.run("first-admin", this::createFirstAdmin);
    }

    private void createFirstAdmin() {
        if (accounts.anyAdmin()) {
            return;
        }
        boolean generated = configuredPassword == null || configuredPassword.isBlank();
        String password = generated ? generate() : configuredPassword;
        try {
            accounts.create(ADMIN, password, Role.ADMIN);
        }
        catch (org.springframework.dao.DuplicateKeyException anotherInstanceWasFaster) {
            return;
        }
        if (generated) {
            generatedThisStart = true;
            log.warn("Created the first admin account. Log in as '{}' with password: {} (shown only this once; "
                    + "set BENCHWARDEN_ADMIN_PASSWORD to choose it)", ADMIN, password);
        }
        else {
            log.info("Created the first admin account '{}' with the password from BENCHWARDEN_ADMIN_PASSWORD", ADMIN);
        }
    }

    /** The password itself is in the warning above the ready line, never repeated. */
    @Override
    public Optional<String> hint() {
        return generatedThisStart
                ? Optional.of("log in as '" + ADMIN + "' with the one-time password printed above")
                : Optional.empty();
    }

    private static String generate() {
        byte[] bytes = new byte[18];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
