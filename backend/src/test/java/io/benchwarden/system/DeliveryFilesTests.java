package io.benchwarden.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.benchwarden.contract.ArtifactNames;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * Checks the delivery files — docker-compose.yml, the Dockerfile, the GitHub workflows, the upload action and the
 * operations guide — against the application and the repository they ship. It reads files only: no Spring context,
 * no container engine, no network.
 */
class DeliveryFilesTests {

    /** Placeholders in application.yml name the environment variables the application reads. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z0-9_]+)");

    /** Values that are secrets: in compose they must come from the environment, never be written down. */
    private static final Pattern SECRET_NAME = Pattern.compile(".*(PASSWORD|TOKEN|SECRET).*");

    /** {@code ${NAME}}, {@code ${NAME:-default}}, {@code ${NAME:?message}} and their forms without the colon. */
    private static final Pattern ENV_REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*(:?[-?][^}]*)?}");

    /** A reference compose refuses to start without: {@code ${NAME:?message}} or {@code ${NAME?message}}. */
    private static final Pattern REQUIRED_REFERENCE = Pattern.compile("\\$\\{[A-Za-z_][A-Za-z0-9_]*:?\\?[^}]*}");

    private static final List<String> WORKFLOWS = List.of("ci.yml", "perf.yml", "benchmark.yml", "soak.yml");

    private static final String UPLOAD_ACTION = "./.github/actions/benchwarden-upload";

    // ---- What a path in a workflow's run: script refers to ----------------------------------------------------------
    // The workflows check out this repository at the workspace root and the agent's repository into AGENT_CHECKOUT.
    // A path in a run: script is a repository path of this repository, which must exist, when its first segment is
    // an entry of this repository's root. Paths in a step whose working-directory is the agent checkout, and paths
    // under the agent checkout, belong to the agent's repository (./build/aegisbpf, scripts/soak_reliability.sh)
    // and are not checked here; paths under OUTPUT_ROOTS are written by the workflow itself. Any other relative path
    // fails the test, so a mistyped repository path cannot pass as "someone else's".

    /** Where the workflows check out the agent's repository. */
    private static final String AGENT_CHECKOUT = "agent";

    /** Directories the workflows create for their own output. */
    private static final Set<String> OUTPUT_ROOTS = Set.of("artifacts");

    /** A relative path of at least two segments, not part of a URL, variable or longer path. */
    private static final Pattern RELATIVE_PATH = Pattern.compile(
            "(?<![\\w./$}{@:~%-])((?:\\./)?[A-Za-z0-9_.-]+(?:/[A-Za-z0-9_.-]+)+)");

    private static final Path ROOT = repositoryRoot();

    // =============================================================================================================
    // docker-compose.yml
    // =============================================================================================================

    @Test
    void composeRunsPostgres17WithANamedVolumeAndAPgIsReadyHealthCheck() {
        Map<String, Object> compose = yaml("docker-compose.yml");
        Map<String, Object> postgres = map(map(compose.get("services"), "services").get("postgres"), "services.postgres");

        assertThat(string(postgres.get("image"))).matches("postgres:17([.-].*)?");
        String dataMount = strings(postgres.get("volumes")).stream()
                .filter(volume -> volume.split(":").length >= 2 && volume.split(":")[1].equals("/var/lib/postgresql/data"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("postgres mounts nothing at /var/lib/postgresql/data"));
        String volumeName = dataMount.split(":")[0];
        assertThat(volumeName).as("a named volume, not a host path").matches("[A-Za-z0-9][A-Za-z0-9_.-]*");
        assertThat(map(compose.get("volumes"), "top-level volumes")).containsKey(volumeName);
        assertThat(healthCheckCommand(postgres)).contains("pg_isready");
    }

    @Test
    void composeBuildsBenchwardenAndStartsItOnceThePostgresIsHealthy() throws IOException {
        Map<String, Object> benchwarden = composeService("benchwarden");

        Object build = benchwarden.get("build");
        assertThat(build).as("benchwarden is built from this repository").isNotNull();
        Path context = ROOT.resolve(build instanceof Map<?, ?> options ? string(options.get("context")) : string(build));
        String dockerfile = build instanceof Map<?, ?> options && options.get("dockerfile") != null
                ? string(options.get("dockerfile")) : "Dockerfile";
        assertThat(context.resolve(dockerfile)).isRegularFile();

        Map<String, Object> dependsOn = map(benchwarden.get("depends_on"), "depends_on");
        assertThat(map(dependsOn.get("postgres"), "depends_on.postgres").get("condition")).isEqualTo("service_healthy");
        assertThat(strings(benchwarden.get("ports"))).anyMatch(port -> port.matches("(.*:)?8080(/tcp)?"));
        assertThat(healthCheckCommand(benchwarden)).contains("/actuator/health");
    }

    @Test
    void composeSetsOnlyEnvironmentVariablesTheApplicationReads() throws IOException {
        Set<String> read = applicationEnvironmentVariables();

        Map<String, String> environment = environment(composeService("benchwarden"));

        assertThat(environment).isNotEmpty();
        assertThat(read).containsAll(environment.keySet());
    }

    @Test
    void composeTakesEverySecretFromTheEnvironment() {
        Map<String, String> benchwarden = environment(composeService("benchwarden"));
        Map<String, String> postgres = environment(composeService("postgres"));

        for (Map<String, String> environment : List.of(benchwarden, postgres)) {
            environment.forEach((name, value) -> {
                if (SECRET_NAME.matcher(name).matches()) {
                    assertThat(value).as("%s must be an environment reference, not a literal", name)
                            .matches(ENV_REFERENCE);
                }
            });
        }
        assertThat(benchwarden.get("BENCHWARDEN_API_TOKEN")).matches(REQUIRED_REFERENCE);
        assertThat(benchwarden.get("BENCHWARDEN_ADMIN_PASSWORD")).matches(REQUIRED_REFERENCE);
        assertThat(benchwarden.get("SPRING_DATASOURCE_PASSWORD")).matches(REQUIRED_REFERENCE)
                .isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    }

    @Test
    void composePointsTheServiceAtTheComposeDatabase() {
        Map<String, String> benchwarden = environment(composeService("benchwarden"));
        Map<String, String> postgres = environment(composeService("postgres"));

        assertThat(benchwarden.get("SPRING_DATASOURCE_URL"))
                .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
        assertThat(benchwarden.get("SPRING_DATASOURCE_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
    }

    @Test
    void dockerfileBuildsWithTheJdkAndRunsTheJarOnTheJreAsANonRootUser() {
        String dockerfile = read("Dockerfile");
        List<String> from = dockerfile.lines().filter(line -> line.startsWith("FROM ")).toList();

        assertThat(from).hasSize(2);
        assertThat(from.get(0)).startsWith("FROM eclipse-temurin:17-jdk ");
        assertThat(from.get(1)).isEqualTo("FROM eclipse-temurin:17-jre");
        assertThat(dockerfile).contains("./mvnw -B -q -pl backend -am clean package -DskipTests")
                .contains("cp -r backend/target/benchwarden /benchwarden")
                .contains("COPY --from=build /benchwarden/ /opt/benchwarden/")
                .contains("\"-jar\", \"/opt/benchwarden/benchwarden.jar\"");
        List<String> users = dockerfile.lines().filter(line -> line.startsWith("USER ")).toList();
        assertThat(users).hasSize(1);
        assertThat(users.get(0)).doesNotContain("root").isNotEqualTo("USER 0");
        assertThat(dockerfile.indexOf("USER ")).isGreaterThan(dockerfile.lastIndexOf("FROM "));
    }

    // =============================================================================================================
    // Workflows and the upload action
    // =============================================================================================================

    @Test
    void everyWorkflowParsesAndHasTriggersAndJobs() throws IOException {
        try (Stream<Path> files = Files.list(ROOT.resolve(".github/workflows"))) {
            assertThat(files.map(file -> file.getFileName().toString())).containsAll(WORKFLOWS);
        }
        for (String name : WORKFLOWS) {
            Map<String, Object> workflow = workflow(name);
            assertThat(triggers(workflow)).as(name + " triggers").isNotEmpty();
            assertThat(map(workflow.get("jobs"), name + " jobs")).as(name + " jobs").isNotEmpty();
        }
    }

    @Test
    void ciBuildsAndTestsEveryPushAndPullRequestOnJava17() {
        Map<String, Object> workflow = workflow("ci.yml");

        assertThat(triggers(workflow)).containsKeys("push", "pull_request");
        List<Map<String, Object>> steps = allSteps(workflow);
        Map<String, Object> java = stepUsing(steps, "actions/setup-java@");
        assertThat(map(java.get("with"), "setup-java with")).containsEntry("distribution", "temurin")
                .containsEntry("java-version", "17");
        assertThat(runScripts(steps)).anyMatch(script -> script.contains("./mvnw -B verify"))
                .anyMatch(script -> script.contains("chromium chromium-driver"));
    }

    @Test
    void perfRunsTheStrictGateOnTheSelfHostedPerfRunnerWeeklyAndOnDemand() {
        Map<String, Object> workflow = workflow("perf.yml");

        assertThat(triggers(workflow)).containsKeys("schedule", "workflow_dispatch");
        Map<String, Object> job = onlyJob(workflow);
        assertThat(strings(job.get("runs-on"))).contains("self-hosted", "perf");
        List<Map<String, Object>> steps = steps(job);
        assertThat(runScripts(steps)).anyMatch(script -> script.contains("cmake --build"))
                .anyMatch(script -> script.contains("./mvnw -B -q -pl runner-agent -am package -DskipTests"))
                .anyMatch(script -> script.contains("runner-agent/bin/benchwarden-runner run --out \"$PERF_DIR\""));
        assertThat(map(job.get("env"), "perf env")).containsEntry("PERF_DIR", "artifacts/perf");
    }

    @Test
    void perfKeepsTheArtifactDirectoryUnderTheReferenceNamePerfEvidence() {
        Map<String, Object> keep = stepUsing(steps(onlyJob(workflow("perf.yml"))), "actions/upload-artifact@");
        Map<String, Object> with = map(keep.get("with"), "upload-artifact with");

        assertThat(with).containsEntry("name", "perf-evidence").containsEntry("if-no-files-found", "error");
        assertThat(string(with.get("path")).strip()).isIn("artifacts/perf", "artifacts/perf/");
        assertThat(string(keep.get("if"))).contains("always()");
    }

    @Test
    void perfUploadsAndReportsEvenWhenTheGateFailsAndThenFailsTheJob() {
        List<Map<String, Object>> steps = steps(onlyJob(workflow("perf.yml")));
        Map<String, Object> run = stepWithId(steps, "run");
        Map<String, Object> upload = stepUsing(steps, UPLOAD_ACTION);
        Map<String, Object> summary = steps.stream()
                .filter(step -> string(step.get("run")).contains("GITHUB_STEP_SUMMARY")).findFirst()
                .orElseThrow(() -> new AssertionError("no step writes the job summary"));
        Map<String, Object> verdict = steps.get(steps.size() - 1);

        // The run step never fails by itself: it records the runner's exit code for the steps after it.
        assertThat(string(run.get("run"))).contains("set +e").contains("code=$?")
                .contains("echo \"exit-code=$code\" >>\"$GITHUB_OUTPUT\"");
        Map<String, Object> with = map(upload.get("with"), "upload with");
        assertThat(with).containsEntry("token", "${{ secrets.BENCHWARDEN_TOKEN }}")
                .containsEntry("server", "${{ vars.BENCHWARDEN_URL }}")
                .containsEntry("artifact-dir", "artifacts/perf")
                // the job's last step fails it on the gate, once the report is in the summary
                .containsEntry("fail-on-gate", false);
        assertThat(string(upload.get("if"))).contains("always()").contains("steps.run.outputs.exit-code == '1'");
        assertThat(string(summary.get("if"))).contains("always()");
        assertThat(string(summary.get("run"))).contains("/perf-slo-report.md").contains("artifacts/perf/perf-slo-report.md");
        assertThat(string(verdict.get("if"))).isEqualTo("always()");
        assertThat(string(verdict.get("run"))).containsPattern("(?m)^\\s*1\\).*exit 1");
        assertThat(string(map(verdict.get("env"), "verdict env").get("EXIT_CODE")))
                .isEqualTo("${{ steps.run.outputs.exit-code }}");
    }

    @Test
    void benchmarkRunsGoogleBenchmarkPinnedWithRepetitionsAndAggregatesOnly() {
        Map<String, Object> workflow = workflow("benchmark.yml");

        assertThat(triggers(workflow)).containsKeys("push", "pull_request");
        Map<String, Object> job = onlyJob(workflow);
        assertThat(string(job.get("runs-on"))).isEqualTo("ubuntu-latest");
        String bench = string(stepWithId(steps(job), "bench").get("run"));
        assertThat(bench).contains("taskset -c 0 ./build/aegisbpf_bench").contains("--benchmark_format=json")
                .containsPattern("--benchmark_repetitions=\\d+").contains("--benchmark_report_aggregates_only=true")
                .contains("--benchmark_out=benchmark.json");
    }

    @Test
    void benchmarkNeverFailsTheJobOnAHostedAlert() {
        List<Map<String, Object>> steps = steps(onlyJob(workflow("benchmark.yml")));
        Map<String, Object> upload = stepUsing(steps, UPLOAD_ACTION);

        assertThat(map(upload.get("with"), "upload with")).containsEntry("kind", "hosted");
        List<Map<String, Object>> advisory = steps.subList(steps.indexOf(upload), steps.size());
        assertThat(advisory).hasSizeGreaterThan(1);
        for (Map<String, Object> step : advisory) {
            assertThat(step.get("continue-on-error")).as("continue-on-error of %s", step.get("name")).isEqualTo(true);
            assertThat(string(step.get("run"))).doesNotContainPattern("\\bexit\\s+[1-9]");
        }
        assertThat(advisory).anyMatch(step -> string(step.get("run")).contains("GITHUB_STEP_SUMMARY"));
    }

    @Test
    void soakRunsThroughTheStrictWorkflowAndUploadsItsSummaryWithTheRun() {
        Map<String, Object> workflow = workflow("soak.yml");

        assertThat(map(triggers(workflow).get("workflow_dispatch"), "workflow_dispatch").get("inputs")).isNotNull();
        Map<String, Object> job = onlyJob(workflow);
        assertThat(job.get("uses")).isEqualTo("./.github/workflows/perf.yml");
        assertThat(map(job.get("with"), "soak with")).containsKey("soak-seconds");

        List<Map<String, Object>> perf = steps(onlyJob(workflow("perf.yml")));
        Map<String, Object> soak = stepWithId(perf, "soak");
        assertThat(soak.get("working-directory")).isEqualTo(AGENT_CHECKOUT);
        assertThat(string(soak.get("run"))).contains("scripts/soak_reliability.sh");
        // the names the reference soak script reads: its binary and its full JSON result (limits included)
        assertThat(map(soak.get("env"), "soak env")).containsKeys("AEGIS_BIN", "DURATION_SECONDS", "OUT_JSON")
                .doesNotContainKeys("BIN", "OUT");
        assertThat(string(map(soak.get("env"), "soak env").get("OUT_JSON"))).endsWith("artifacts/soak/" + ArtifactNames.SOAK_SUMMARY);
        assertThat(string(soak.get("if"))).contains("inputs.soak-seconds");
        assertThat(string(stepWithId(perf, "run").get("run")))
                .contains("cp artifacts/soak/" + ArtifactNames.SOAK_SUMMARY + " \"$PERF_DIR/\"");
    }

    @Test
    void everyLocalActionOrWorkflowAWorkflowUsesExists() {
        List<String> checked = new ArrayList<>();
        for (String name : WORKFLOWS) {
            Map<String, Object> workflow = workflow(name);
            for (Object jobValue : map(workflow.get("jobs"), "jobs").values()) {
                Map<String, Object> job = map(jobValue, "job");
                List<String> uses = new ArrayList<>();
                if (job.get("uses") != null) {
                    uses.add(string(job.get("uses")));
                }
                steps(job).stream().map(step -> step.get("uses")).filter(use -> use != null).map(Object::toString)
                        .forEach(uses::add);
                for (String use : uses) {
                    if (!use.startsWith("./")) {
                        assertThat(use).as("a remote action is pinned to a version").contains("@");
                        continue;
                    }
                    Path target = ROOT.resolve(use.substring(2)).normalize();
                    if (Files.isDirectory(target)) {
                        assertThat(Files.exists(target.resolve("action.yml")) || Files.exists(target.resolve("action.yaml")))
                                .as("%s in %s has an action.yml", use, name).isTrue();
                    }
                    else {
                        assertThat(target).as("%s in %s", use, name).isRegularFile();
                        assertThat(triggers(yaml(ROOT.relativize(target).toString()))).as("%s is reusable", use)
                                .containsKey("workflow_call");
                    }
                    checked.add(use);
                }
            }
        }
        assertThat(checked).contains(UPLOAD_ACTION, "./.github/workflows/perf.yml");
    }

    @Test
    void everyRepositoryPathARunScriptUsesExists() throws IOException {
        Set<String> rootEntries = new TreeSet<>();
        try (Stream<Path> entries = Files.list(ROOT)) {
            entries.map(entry -> entry.getFileName().toString()).forEach(rootEntries::add);
        }
        List<String> problems = new ArrayList<>();
        Set<String> checked = new TreeSet<>();
        for (String name : WORKFLOWS) {
            for (Map<String, Object> step : allSteps(workflow(name))) {
                String workingDirectory = string(step.get("working-directory"));
                if (workingDirectory.equals(AGENT_CHECKOUT) || workingDirectory.startsWith(AGENT_CHECKOUT + "/")) {
                    continue;
                }
                Matcher paths = RELATIVE_PATH.matcher(string(step.get("run")));
                while (paths.find()) {
                    String path = paths.group(1).replaceFirst("^(\\./)+", "");
                    String first = path.split("/")[0];
                    if (first.equals(AGENT_CHECKOUT) || OUTPUT_ROOTS.contains(first)) {
                        continue;
                    }
                    if (!rootEntries.contains(first)) {
                        problems.add(name + ": " + path + " is neither a path of this repository, nor under the agent"
                                + " checkout (" + AGENT_CHECKOUT + "/), nor under an output directory " + OUTPUT_ROOTS);
                    }
                    else if (!Files.exists(ROOT.resolve(path))) {
                        problems.add(name + ": " + path + " does not exist");
                    }
                    checked.add(path);
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(checked).contains("runner-agent/bin/benchwarden-runner", "mvnw");
    }

    @Test
    void uploadActionTakesTheDocumentedInputsAndCallsAScriptThatExists() {
        Path actionDirectory = ROOT.resolve(UPLOAD_ACTION.substring(2));
        Map<String, Object> action = yaml(ROOT.relativize(actionDirectory.resolve("action.yml")).toString());

        Map<String, Object> inputs = map(action.get("inputs"), "inputs");
        assertThat(inputs).containsKeys("server", "token", "project", "artifact-dir", "branch", "commit", "ci-run-id",
                "kind", "fail-on-gate", "commit-status", "github-token");
        for (String required : List.of("server", "token", "project", "artifact-dir")) {
            assertThat(map(inputs.get(required), required).get("required")).as(required).isEqualTo(true);
        }
        assertThat(map(inputs.get("kind"), "kind").get("default")).isEqualTo("strict");
        assertThat(map(action.get("outputs"), "outputs")).containsKeys("run-id", "run-url", "status");
        assertThat(map(inputs.get("fail-on-gate"), "fail-on-gate").get("default")).isEqualTo("true");
        Map<String, Object> runs = map(action.get("runs"), "runs");
        assertThat(runs.get("using")).isEqualTo("composite");

        Pattern actionFile = Pattern.compile("\\$\\{\\{\\s*github\\.action_path\\s*}}/([\\w./-]+)");
        List<String> scripts = new ArrayList<>();
        for (Object step : list(runs.get("steps"), "runs.steps")) {
            Matcher matcher = actionFile.matcher(string(map(step, "step").get("run")));
            while (matcher.find()) {
                scripts.add(matcher.group(1));
                assertThat(actionDirectory.resolve(matcher.group(1))).isRegularFile();
            }
        }
        assertThat(scripts).isNotEmpty();
        String script = read(ROOT.relativize(actionDirectory.resolve(scripts.get(0))).toString());
        // Usable from any repository: no checkout of this one, and nothing beyond bash and curl (UploadActionTests
        // runs it).
        assertThat(script).contains("/api/v1/runs").contains("/api/v1/hosted-runs").contains("curl ")
                .doesNotContain("runner-agent").doesNotContain("mvnw").doesNotContain("java ")
                .doesNotContain("python").doesNotContain("jq ");
    }


    // =============================================================================================================
    // Operations guide
    // =============================================================================================================

    @Test
    void operationsGuideDocumentsEveryComposeVariableAndThePromotionCheck() {
        String guide = read("docs/OPERATIONS.md");

        for (String name : environment(composeService("benchwarden")).keySet()) {
            assertThat(guide).as("docs/OPERATIONS.md documents " + name).contains("`" + name + "`");
        }
        assertThat(guide).contains("/api/v1/promotion").contains("pg_dump").contains("pg_restore")
                .contains("Flyway").contains("docker compose");
    }

    // =============================================================================================================
    // Helpers
    // =============================================================================================================

    /** The directory holding the reactor POM and the Maven wrapper, found from wherever the tests run. */
    private static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw")) && Files.isRegularFile(dir.resolve("backend/pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no repository root (mvnw and backend/pom.xml) above " + Path.of("").toAbsolutePath());
    }

    private static Set<String> applicationEnvironmentVariables() {
        Set<String> names = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(read("backend/src/main/resources/application.yml"));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertThat(names).as("placeholders in application.yml").contains("BENCHWARDEN_API_TOKEN", "SPRING_DATASOURCE_URL");
        return names;
    }

    private static Map<String, Object> composeService(String name) {
        Map<String, Object> services = map(yaml("docker-compose.yml").get("services"), "services");
        assertThat(services).containsKey(name);
        return map(services.get(name), "services." + name);
    }

    /** A service's environment, written as a map or as a list of NAME=value. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object environment = service.get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (environment instanceof Map<?, ?> entries) {
            entries.forEach((name, value) -> result.put(string(name), string(value)));
        }
        else if (environment instanceof List<?> entries) {
            for (Object entry : entries) {
                String[] parts = string(entry).split("=", 2);
                result.put(parts[0], parts.length > 1 ? parts[1] : "");
            }
        }
        return result;
    }

    private static String healthCheckCommand(Map<String, Object> service) {
        Object test = map(service.get("healthcheck"), "healthcheck").get("test");
        return test instanceof List<?> parts ? String.join(" ", parts.stream().map(Object::toString).toList()) : string(test);
    }

    private static Map<String, Object> workflow(String name) {
        return yaml(".github/workflows/" + name);
    }

    /**
     * The on: section. SnakeYAML follows YAML 1.1, which reads the bare key {@code on} as the boolean true; map()
     * turns keys into strings, so that key arrives here as "true" (and as "on" when the file quotes it).
     */
    private static Map<String, Object> triggers(Map<String, Object> workflow) {
        Object on = workflow.containsKey("on") ? workflow.get("on") : workflow.get(String.valueOf(Boolean.TRUE));
        assertThat(on).as("on:").isNotNull();
        if (on instanceof String event) {
            return Map.of(event, Map.of());
        }
        if (on instanceof List<?> events) {
            Map<String, Object> result = new LinkedHashMap<>();
            events.forEach(event -> result.put(string(event), Map.of()));
            return result;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        map(on, "on").forEach((event, options) -> result.put(event, options == null ? Map.of() : options));
        return result;
    }

    private static Map<String, Object> onlyJob(Map<String, Object> workflow) {
        Map<String, Object> jobs = map(workflow.get("jobs"), "jobs");
        assertThat(jobs).hasSize(1);
        return map(jobs.values().iterator().next(), "job");
    }

    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return job.get("steps") == null ? List.of() : list(job.get("steps"), "steps").stream().map(step -> map(step, "step")).toList();
    }

    private static List<Map<String, Object>> allSteps(Map<String, Object> workflow) {
        return map(workflow.get("jobs"), "jobs").values().stream().flatMap(job -> steps(map(job, "job")).stream()).toList();
    }

    private static List<String> runScripts(List<Map<String, Object>> steps) {
        return steps.stream().map(step -> string(step.get("run"))).filter(run -> !run.isEmpty()).toList();
    }

    private static Map<String, Object> stepUsing(List<Map<String, Object>> steps, String prefix) {
        return steps.stream().filter(step -> string(step.get("uses")).startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no step uses " + prefix));
    }

    private static Map<String, Object> stepWithId(List<Map<String, Object>> steps, String id) {
        return steps.stream().filter(step -> id.equals(step.get("id"))).findFirst()
                .orElseThrow(() -> new AssertionError("no step with id " + id));
    }



    private static Map<String, Object> yaml(String relativePath) {
        Object document = new Yaml(new SafeConstructor(new LoaderOptions())).load(read(relativePath));
        return map(document, relativePath);
    }

    private static String read(String relativePath) {
        try {
            return Files.readString(ROOT.resolve(relativePath));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value, String what) {
        if (!(value instanceof Map<?, ?>)) {
            fail(what + " is not a mapping: " + value);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) value).forEach((key, entry) -> result.put(String.valueOf(key), entry));
        return result;
    }

    private static List<?> list(Object value, String what) {
        if (!(value instanceof List<?> list)) {
            return fail(what + " is not a list: " + value);
        }
        return list;
    }

    private static List<String> strings(Object value) {
        if (value == null) {
            return List.of();
        }
        return value instanceof List<?> list ? list.stream().map(Object::toString).toList() : List.of(value.toString());
    }

    private static String string(Object value) {
        return value == null ? "" : value.toString();
    }
}
