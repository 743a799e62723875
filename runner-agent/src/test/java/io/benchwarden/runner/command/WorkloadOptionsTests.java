package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Rounds in whole blocks, and the floor under a pass's operations. */
class WorkloadOptionsTests {

    @Test
    void shouldRoundTheRoundsUpToWholeBlocks() {
        WorkloadOptions options = options(3, 2, null);

        assertThat(options.effectiveRounds()).isEqualTo(4);
        // 3 x ROUNDS = 9, up to the next whole block of two
        assertThat(options.effectiveMaxRounds()).isEqualTo(10);
    }

    @Test
    void shouldKeepRoundsThatAreWholeBlocksAlready() {
        WorkloadOptions options = options(10, 2, 30);

        assertThat(options.effectiveRounds()).isEqualTo(10);
        assertThat(options.effectiveMaxRounds()).isEqualTo(30);
    }

    @Test
    void shouldSpreadATotalOverTheRoundsButNeverUnderTheFloor() {
        WorkloadOptions options = options(10, 2, null);
        options.minPassOperations = 5_000;

        // open_close's 200 000: 20 000 a pass; stat_walk's 50 passes over 400 files: 2 000, raised to the floor
        assertThat(options.perPass(200_000)).isEqualTo(20_000);
        assertThat(options.perPass(50 * 400)).isEqualTo(5_000);
    }

    @Test
    void shouldRejectABlockOfNoRoundsAndAFloorOfNoOperations() {
        assertThatThrownBy(() -> options(10, 0, null).effectiveRounds())
                .hasMessage("BLOCK_ROUNDS must be at least 1, got 0");
        WorkloadOptions options = options(10, 2, null);
        options.minPassOperations = 0;
        assertThatThrownBy(() -> options.perPass(1000)).hasMessage("MIN_PASS_OPERATIONS must be at least 1, got 0");
    }

    private static WorkloadOptions options(int rounds, int blockRounds, Integer maxRounds) {
        WorkloadOptions options = new WorkloadOptions();
        options.repeats = 3;
        options.rounds = rounds;
        options.blockRounds = blockRounds;
        options.maxRounds = maxRounds;
        options.minPassOperations = 1;
        return options;
    }
}
