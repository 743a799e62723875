package io.benchwarden.system;

import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.stereotype.Component;

/**
 * The one line a start prints when all went well: where the dashboard is, how long the start took, and the hints
 * features give (the generated admin password's whereabouts). Everything else at start-up logs at WARN or above.
 */
@Component
class ReadyLine implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(ReadyLine.class);

    private final BenchwardenProperties properties;
    private final ObjectProvider<StartupHint> hints;

    ReadyLine(BenchwardenProperties properties, ObjectProvider<StartupHint> hints) {
        this.properties = properties;
        this.hints = hints;
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        if (!(event.getApplicationContext() instanceof WebServerApplicationContext web)) {
            return;
        }
        String publicUrl = properties.publicUrl();
        String url = publicUrl == null || publicUrl.isBlank() ? "http://localhost:" + web.getWebServer().getPort()
                : publicUrl;
        List<String> said = hints.orderedStream().map(StartupHint::hint).flatMap(Optional::stream).toList();
        double seconds = event.getTimeTaken() == null ? 0 : event.getTimeTaken().toMillis() / 1000.0;
        log.info("Benchwarden ready at {} (started in {} s){}", url, String.format(java.util.Locale.ROOT, "%.1f", seconds),
                said.isEmpty() ? "" : " — " + String.join("; ", said));
    }
}
