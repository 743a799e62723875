package io.benchwarden.run;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.benchwarden.budget.BudgetRepository;
import io.benchwarden.contract.ArtifactNames;
import io.benchwarden.contract.gate.GateBudgets;
import io.benchwarden.contract.gate.StrictVerdict;
import io.benchwarden.contract.json.StrictJson;
import io.benchwarden.contract.rounds.LatencyHistogram;
import io.benchwarden.contract.report.EvidenceReport;
import io.benchwarden.contract.report.SloReport;
import io.benchwarden.contract.report.SloSummary;
import io.benchwarden.contract.validation.BundleValidator;
import io.benchwarden.contract.validation.ValidationOutcome;
import io.benchwarden.noise.NoiseFloor;
import io.benchwarden.noise.NoiseProfiles;
import io.benchwarden.system.ApiException;
import io.benchwarden.system.Links;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** One run read in full inside a read-only transaction, and the canonical reports derived from it. */
@Component
public class RunDetails {

    private final StrictRunRepository runs;
    private final BudgetRepository budgets;
    private final NoiseProfiles noise;

    RunDetails(StrictRunRepository runs, BudgetRepository budgets, NoiseProfiles noise) {
        this.runs = runs;
        this.budgets = budgets;
        this.noise = noise;
    }

    /** @param evidenceReport {@code null} once the run's artifacts were pruned */
    public record CanonicalReports(String sloReport, String sloSummary, String evidenceReport) {
    }

    @Transactional(readOnly = true)
    public RunViews.RunDetail detail(long id, Links links) {
        StrictRun run = find(id);
        var summary = new RunViews.RunSummary(run.getId(), run.getProject().getName(), run.getBranch(),
                run.getCommitSha(), run.getRunner(), run.getCiRunId(), run.getStartedAt(), run.getIngestedAt(),
                run.getStatus(), links.to(RunPaths.ui(run.getId())));
        HostEnvironmentEntity host = run.getHost();
        var hostView = new RunViews.HostView(host.getKernelRelease(), host.getOsName(), host.getCpuModel(),
                host.getFilesystem(), host.getGovernor(), host.getHostname(), host.getArchitecture(),
                host.getLogicalCores(), host.getMemTotalKib());
        List<RunViews.ProfileView> profiles = run.getProfiles().stream()
                .map(p -> new RunViews.ProfileView(p.getKind(), p.isWithAgent(), p.getIterations(), p.getSeconds(),
                        p.getUsPerOp(), p.getP50Us(), p.getP95Us(), p.getP99Us(), p.getFile(), p.getHost(), p.getPort()))
                .toList();
        List<RunViews.ComparisonView> comparisons = run.getComparisons().stream()
                .map(c -> new RunViews.ComparisonView(c.getSource(), c.getName(), c.getBaselineUsPerOp(),
                        c.getWithAgentUsPerOp(), c.getDeltaUsPerOp(), c.getDeltaPct(), c.getMaxAllowedPct(), c.isPass()))
                .toList();
        List<RunViews.ArtifactView> artifacts = run.getArtifacts().stream()
                .map(a -> new RunViews.ArtifactView(a.getName(), a.getSha256(),
                        links.to(RunPaths.api(run.getId()) + "/artifacts/" + a.getName()),
                        !ArtifactNames.isKnown(a.getName()), a.getPrunedAt()))
                .toList();
        List<RunViews.FindingView> findings = run.getFindings().stream().map(RunFindingEntity::toProblem)
                .map(f -> new RunViews.FindingView(f.artifact(), f.field(), f.message())).toList();
        Object soak = run.getSoak() == null ? null : run.getSoak().toSoakSummary();
        List<RoundsEvidence> rounds = new ArrayList<>();
        roundsOf(run, "open", ArtifactNames.OPEN_WITH_AGENT).ifPresent(rounds::add);
        roundsOf(run, "connect", ArtifactNames.CONNECT_WITH_AGENT).ifPresent(rounds::add);
        NoiseFloor noiseFloor = noise.floor(run.getId())
                .judging(run.getGateRows().stream().map(GateRowEntity::toGateRow).toList());
        return new RunViews.RunDetail(summary, RunViews.strict(run), findings, uploadedVerdicts(run), hostView,
                profiles, comparisons, soak, artifacts, rounds, noiseFloor, distributions(run));
    }

    @Transactional(readOnly = true)
    public byte[] artifact(long id, String name) {
        find(id);
        RunArtifact artifact = runs.findArtifact(id, name)
                .orElseThrow(() -> ApiException.notFound("artifact " + name + " of run " + id));
        if (artifact.getPrunedAt() != null) {
            throw pruned(id, artifact);
        }
        return artifact.getContent();
    }

    /**
     * The stored artifacts were valid when the run was ingested, so parsing them again gives the same bundle the
     * gate saw; the verdict itself is the stored one, never recomputed behind the reader's back.
     */
    @Transactional(readOnly = true)
    public CanonicalReports canonical(long id) {
        StrictRun run = find(id);
        Map<String, byte[]> artifacts = new LinkedHashMap<>();
        run.getArtifacts().forEach(a -> artifacts.put(a.getName(), a.getContent()));
        StrictVerdict verdict = new StrictVerdict(run.getGateRows().stream().map(GateRowEntity::toGateRow).toList());
        GateBudgets judgedBy = budgets.byId(run.getBudgetVersionId()).orElseThrow().toGateBudgets();
        if (prunedArtifact(run).isPresent()) {
            // The verdict's reports come from the stored rows; the evidence report needs the artifacts themselves.
            return new CanonicalReports(SloReport.render(verdict), SloSummary.render(verdict, judgedBy), null);
        }
        ValidationOutcome outcome = BundleValidator.validate(artifacts);
        return new CanonicalReports(SloReport.render(verdict), SloSummary.render(verdict, judgedBy),
                outcome.valid() ? EvidenceReport.render(outcome.bundle(), judgedBy)
                        : new String(artifacts.getOrDefault(ArtifactNames.EVIDENCE_REPORT, new byte[0]),
                                StandardCharsets.UTF_8));
    }

    /** What each uploaded gate file says of the run, beside the service's own verdict. */
    private static List<RunViews.UploadedVerdict> uploadedVerdicts(StrictRun run) {
        List<RunViews.UploadedVerdict> claims = new ArrayList<>();
        for (String file : VerdictRecorder.CLAIMING_FILES) {
            artifact(run, file).flatMap(content -> StrictJson.object(file, content, new ArrayList<>()))
                    .flatMap(SloSummary::claim)
                    .ifPresent(claim -> claims.add(new RunViews.UploadedVerdict(file, claim.pass() ? "pass" : "fail",
                            claim.pass() == run.getStatus().equals("pass"))));
        }
        return claims;
    }

    /** Open's and connect's distributions, each with the sides whose profile carries a histogram. */
    private static List<RunViews.Distribution> distributions(StrictRun run) {
        List<RunViews.Distribution> distributions = new ArrayList<>();
        distribution(run, "open", ArtifactNames.OPEN_BASELINE, ArtifactNames.OPEN_WITH_AGENT)
                .ifPresent(distributions::add);
        distribution(run, "connect", ArtifactNames.CONNECT_BASELINE, ArtifactNames.CONNECT_WITH_AGENT)
                .ifPresent(distributions::add);
        return distributions;
    }

    private static Optional<RunViews.Distribution> distribution(StrictRun run, String kind, String baseline,
            String withAgent) {
        List<RunViews.DistributionSide> sides = new ArrayList<>();
        histogramOf(run, baseline).ifPresent(h -> sides.add(
                new RunViews.DistributionSide("baseline", false, h.count(), LatencyTails.of(h))));
        histogramOf(run, withAgent).ifPresent(h -> sides.add(
                new RunViews.DistributionSide("with agent", true, h.count(), LatencyTails.of(h))));
        return sides.isEmpty() ? Optional.empty() : Optional.of(new RunViews.Distribution(kind, sides));
    }

    private static Optional<LatencyHistogram> histogramOf(StrictRun run, String name) {
        return artifact(run, name).flatMap(content -> StrictJson.object(name, content, new ArrayList<>()))
                .flatMap(LatencyHistogram::read).filter(histogram -> !histogram.buckets().isEmpty());
    }

    private static Optional<RoundsEvidence> roundsOf(StrictRun run, String kind, String name) {
        return artifact(run, name).flatMap(content -> RoundsEvidence.from(kind, name, content));
    }

    /** A stored artifact's content, when the run has it. */
    private static Optional<byte[]> artifact(StrictRun run, String name) {
        return run.getArtifacts().stream().filter(artifact -> artifact.getName().equals(name)).findFirst()
                .map(RunArtifact::getContent);
    }

    /** The evidence report, re-rendered from the artifacts; 410 once retention pruned them. */
    @Transactional(readOnly = true)
    public String evidenceReport(long id) {
        StrictRun run = find(id);
        Optional<RunArtifact> pruned = prunedArtifact(run);
        if (pruned.isPresent()) {
            throw pruned(id, pruned.get());
        }
        return canonical(id).evidenceReport();
    }

    /** The first artifact of the run whose bytes retention removed, if any. */
    static Optional<RunArtifact> prunedArtifact(StrictRun run) {
        return run.getArtifacts().stream().filter(a -> a.getPrunedAt() != null).findFirst();
    }

    /** 410: the bytes are gone by the project's retention; the answer says when and which bytes they were. */
    static ApiException pruned(long id, RunArtifact artifact) {
        return new ApiException(HttpStatus.GONE, "artifact_pruned", "artifact " + artifact.getName() + " of run " + id
                + " was pruned on " + artifact.getPrunedAt() + " by the project's retention period (sha256 "
                + artifact.getSha256() + ")");
    }

    private StrictRun find(long id) {
        return runs.findById(id).orElseThrow(() -> ApiException.notFound("run " + id));
    }
}
