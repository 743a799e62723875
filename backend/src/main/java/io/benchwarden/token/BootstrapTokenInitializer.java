package io.benchwarden.token;

import io.benchwarden.system.BenchwardenProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/** Makes the token given in {@code BENCHWARDEN_API_TOKEN} valid from start-up, so CI can upload at once. */
@Component
class BootstrapTokenInitializer implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapTokenInitializer.class);

    private final BenchwardenProperties properties;
    private final ApiTokenRepository tokens;

    BootstrapTokenInitializer(BenchwardenProperties properties, ApiTokenRepository tokens) {
        this.properties = properties;
        this.tokens = tokens;
    }

    @Override
    public void run(ApplicationArguments args) {
        String token = properties.apiToken();
        if (token == null || token.isBlank()) {
            return;
        }
        String hash = TokenHasher.hash(token.strip());
        if (tokens.findByTokenHash(hash).isEmpty()) {
            tokens.save(new ApiToken("BENCHWARDEN_API_TOKEN", hash, null));
            log.info("Upload token from BENCHWARDEN_API_TOKEN registered");
        }
    }
}
