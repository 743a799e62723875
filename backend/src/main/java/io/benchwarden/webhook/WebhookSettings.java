package io.benchwarden.webhook;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How webhooks are delivered; each has a default in application.yml and an environment override.
 *
 * @param allowPrivate allow targets on loopback, link-local and private addresses (a receiver inside the network)
 * @param retryDelays the wait before each attempt after the first: with two delays, three attempts in all
 * @param connectTimeout how long to wait for the receiver's connection
 * @param requestTimeout how long to wait for the receiver's answer
 * @param pollInterval how often deliveries that are due are looked for, besides right after a commit and when a
 *        retry is due (after a restart, this is what picks up the pending ones)
 */
@ConfigurationProperties("benchwarden.webhooks")
record WebhookSettings(boolean allowPrivate, List<Duration> retryDelays, Duration connectTimeout,
        Duration requestTimeout, Duration pollInterval) {

    WebhookSettings {
        retryDelays = List.copyOf(retryDelays);
    }

    int maxAttempts() {
        return retryDelays.size() + 1;
    }
}
