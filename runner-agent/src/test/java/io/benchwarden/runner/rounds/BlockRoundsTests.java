package io.benchwarden.runner.rounds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.benchwarden.runner.agent.AgentSpec;
import io.benchwarden.runner.bench.BenchTarget;
import io.benchwarden.runner.bench.Timing;
import io.benchwarden.runner.bench.WorkloadKind;
import io.benchwarden.runner.console.Progress;

/** Rounds in blocks: how many agents a session starts, and that the stopping rule only ever sees whole blocks. */
class BlockRoundsTests {

    @TempDir
    Path dir;

    @Test
    void shouldStartOneAgentPerTwoBlocksOfWithAgentPasses() throws Exception {
        // k = 2, 6 rounds: B B A A | A A B B | B B A A -> agents for passes 3-6 and 11-12
        assertThat(agentStartsFor(6, 2)).isEqualTo(2);
        // k = 3, 6 rounds: B B B A A A | A A A B B B -> one agent for all six with-agent passes
        assertThat(agentStartsFor(6, 3)).isEqualTo(1);
        // k = 1, 6 rounds: B A | A B | B A | A B | B A | A B -> three agents
        assertThat(agentStartsFor(6, 1)).isEqualTo(3);
    }

    @Test
    void shouldMeasureWholeBlocksEvenWhenThePolicyWouldStopInsideOne() {
        SessionPlan plan = plan(3, 2, null);
        InterleavedSession session = new InterleavedSession(plan, quiet());

        Map<WorkloadKind, WorkloadRounds> results = session.run(RoundsPolicy.fixed(3));

        assertThat(session.roundsDone()).isEqualTo(4);
        assertThat(results.get(WorkloadKind.OPEN_CLOSE).baseline()).hasSize(4);
    }

    @Test
    void shouldAskTheStoppingRuleOnlyAfterWholeBlocks() {
        List<Integer> asked = new ArrayList<>();
        RoundsPolicy policy = (roundsDone, results) -> {
            asked.add(roundsDone);
            return roundsDone < 9;
        };
        new InterleavedSession(plan(9, 3, null), quiet()).run(policy);

        assertThat(asked).containsExactly(3, 6, 9);
    }

    @Test
    void shouldRejectABlockOfNoRounds() {
        assertThatThrownBy(() -> plan(4, 0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("BLOCK_ROUNDS must be at least 1, got 0");
    }

    private int agentStartsFor(int rounds, int blockRounds) throws Exception {
        Path starts = dir.resolve("starts-" + rounds + "-" + blockRounds);
        Path bin = dir.resolve("agent-" + rounds + "-" + blockRounds);
        Files.writeString(bin, "#!/bin/sh\necho started >> " + starts + "\nexec sleep 1000\n");
        Files.setPosixFilePermissions(bin, PosixFilePermissions.fromString("rwx------"));
        AgentSpec agent = new AgentSpec(bin.toString(), null, Duration.ofMillis(20), Duration.ZERO,
                Duration.ofSeconds(5), Duration.ofSeconds(1), null, dir.resolve("agent.log"), List.of());
        InterleavedSession session = new InterleavedSession(plan(rounds, blockRounds, agent), quiet());

        Map<WorkloadKind, WorkloadRounds> results = session.run();

        assertThat(results.get(WorkloadKind.OPEN_CLOSE).baseline()).hasSize(rounds);
        assertThat(results.get(WorkloadKind.OPEN_CLOSE).withAgent()).hasSize(rounds);
        return Files.readAllLines(starts).size();
    }

    private static SessionPlan plan(int rounds, int blockRounds, AgentSpec agent) {
        BenchTarget target = new BenchTarget("/etc/hosts", "127.0.0.1", 9, List.of("/etc/hosts"));
        return new SessionPlan(target, Map.of(WorkloadKind.OPEN_CLOSE, 50), rounds, 10, 0, Timing.NATIVE_LOOP,
                Duration.ZERO, agent, blockRounds);
    }

    private static Progress quiet() {
        return new Progress(new PrintWriter(Writer.nullWriter()), Progress.Mode.NONE, Duration.ofSeconds(10));
    }
}
