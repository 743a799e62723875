package io.benchwarden.demo;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

import io.benchwarden.ingest.TrustedUploads;
import io.benchwarden.project.Project;
import io.benchwarden.project.ProjectRepository;
import io.benchwarden.run.RunMetadata;
import io.benchwarden.system.BackgroundWork;
import io.benchwarden.system.Sha256;
import io.benchwarden.system.StartupLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Six weeks of history for a clearly labelled demo project, so a new installation shows every page and every
 * triage classification at once. Stored through the same ingest services as real uploads. The story, one commit
 * a day on main, hosted run at 01:00 and strict run at 03:00:
 * <ul>
 * <li>day 10: a hosted blip on BM_JsonEscape while the strict gate passes — hosted noise;</li>
 * <li>days 20–25: the agent starts costing ~12 % on open/close; day 20 the hosted BM_ParsePolicy alert agrees
 * (confirmed regression), days 21–25 only the strict gate sees it (strict regression); day 26 recovers;</li>
 * <li>day 42: a hosted alert on a commit no strict run has covered yet — awaiting strict.</li>
 * </ul>
 * Switched off with {@code BENCHWARDEN_DEMO=false}; never touches a project of that name that is not a demo. Seeded
 * after the port is open, in the background: the service is ready at once and the pages say the demo is coming.
 */
@Component
public class DemoHistory {

    public static final String PROJECT = "demo-agent";
    static final String NOTICE = "The demo history is being prepared: the demo-agent pages fill in within a minute.";
    private static final int DAYS = 42;
    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);

    private final boolean enabled;
    private final ProjectRepository projects;
    private final TrustedUploads uploads;
    private final StartupLock lock;
    private final BackgroundWork background;

    DemoHistory(@Value("${benchwarden.demo:true}") boolean enabled, ProjectRepository projects,
            TrustedUploads uploads, StartupLock lock, BackgroundWork background) {
        this.enabled = enabled;
        this.projects = projects;
        this.uploads = uploads;
        this.lock = lock;
        this.background = background;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seedInBackground() {
        if (enabled && projects.findByName(PROJECT).isEmpty()) {
            background.start("demo-history", NOTICE, this::seed);
        }
    }

    /**
     * Seeds the demo project unless it exists, whatever BENCHWARDEN_DEMO says (tests show its story with it).
     * Several instances may start at once: the first seeds under the lock, the others then find the project.
     */
    public void seed() {
        lock.run("demo-history", this::seedOnce);
    }

    private void seedOnce() {
        if (projects.findByName(PROJECT).isPresent()) {
            return;
        }
        projects.insertIfAbsent(PROJECT, true);
        Project project = projects.findByName(PROJECT).orElseThrow();
        if (!project.isDemo()) {
            return;
        }
        DemoArtifacts artifacts = new DemoArtifacts(42);
        Instant start = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(Duration.ofDays(DAYS));
        for (int day = 0; day <= DAYS; day++) {
            String commit = commit(day);
            Instant midnight = start.plus(Duration.ofDays(day));
            Map<String, Double> hostedFactors = new HashMap<>();
            if (day == 10) {
                hostedFactors.put("BM_JsonEscape", 1.40);
            }
            if (day >= 20 && day <= 25) {
                hostedFactors.put("BM_ParsePolicy", 1.32);
            }
            if (day == DAYS) {
                hostedFactors.put("BM_ParsePolicy", 1.35);
            }
            byte[] benchmark = artifacts.hostedRun(hostedFactors);
            RunMetadata hostedMeta = new RunMetadata(PROJECT, "main", commit, "hosted-ubuntu", "hosted-" + day,
                    midnight.plus(Duration.ofHours(1)));
            uploads.hostedRun(project, hostedMeta, benchmark);
            if (day == DAYS) {
                break;
            }
            double agentCost = day >= 20 && day <= 25 ? 1.12 : 1.01;
            RunMetadata strictMeta = new RunMetadata(PROJECT, "main", commit, "perf-host-1", "perf-" + day,
                    midnight.plus(Duration.ofHours(3)));
            uploads.strictRun(project, strictMeta, artifacts.strictRun(agentCost));
        }
        log.info("Demo project '{}' created with {} days of history (BENCHWARDEN_DEMO=false to switch it off)",
                PROJECT, DAYS);
    }

    private static String commit(int day) {
        return Sha256.hex(("demo-commit-" + day).getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }
}
