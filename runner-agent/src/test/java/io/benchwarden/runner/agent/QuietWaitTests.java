package io.benchwarden.runner.agent;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongFunction;

import org.junit.jupiter.api.Test;

import io.benchwarden.runner.agent.QuietWait.Outcome;
import io.benchwarden.runner.agent.TreeCpuTime.Sample;

/**
 * The quiet rule on a clock the test moves: a window of 100 ms, a cap of 1 000 ms, a look every 10 ms, and at most
 * 1 % of the window (1 ms of CPU time) used in it. The tree's CPU time is a function of the clock's time.
 */
class QuietWaitTests {

    private static final Duration QUIET = Duration.ofMillis(100);
    private static final Duration CAP = Duration.ofMillis(1000);
    private static final Set<Long> AGENT = Set.of(100L);

    private final FakeClock clock = new FakeClock();

    @Test
    void shouldBeReadyAQuietWindowAfterTheStartBurstEnds() {
        // 5 ms of CPU in every 10 ms until 130 ms, then nothing: the last look that saw CPU used is at 130 ms,
        // so the window that is quiet throughout ends at 130 + 100 = 230 ms
        Outcome outcome = await(at -> Optional.of(new Sample(Math.min(at, 130) / 2 * 1_000_000, AGENT)));

        assertThat(outcome).isEqualTo(Outcome.QUIET);
        assertThat(clock.millis()).isEqualTo(230);
    }

    @Test
    void shouldCountAnIdleAgentReadyAfterOneWindow() {
        Outcome outcome = await(at -> Optional.of(new Sample(42_000_000, AGENT)));

        assertThat(outcome).isEqualTo(Outcome.QUIET);
        assertThat(clock.millis()).isEqualTo(100);
    }

    @Test
    void shouldCountATrickleUnderOnePercentOfACpuAsQuiet() {
        // 0.05 ms in every 10 ms (0.5 % of a CPU): 0.5 ms over the window, under the 1 ms allowed
        Outcome outcome = await(at -> Optional.of(new Sample(at * 5_000, AGENT)));

        assertThat(outcome).isEqualTo(Outcome.QUIET);
        assertThat(clock.millis()).isEqualTo(100);
    }

    @Test
    void shouldNotCountATrickleOverOnePercentOfACpuAsQuiet() {
        // 0.15 ms in every 10 ms (1.5 %): the window's total passes 1 ms at its 70th ms, and again in every window
        Outcome outcome = await(at -> Optional.of(new Sample(at * 15_000, AGENT)));

        assertThat(outcome).isEqualTo(Outcome.CAP);
        assertThat(clock.millis()).isEqualTo(1000);
    }

    @Test
    void shouldWaitTheWholeCapForAnAgentThatNeverGoesQuiet() {
        Outcome outcome = await(at -> Optional.of(new Sample(at * 1_000_000, AGENT)));

        assertThat(outcome).isEqualTo(Outcome.CAP);
        assertThat(clock.millis()).isEqualTo(1000);
    }

    @Test
    void shouldStartTheWindowAgainWhenAProcessStartsOrEnds() {
        // no CPU used at all, but a helper process exists from 50 ms to 70 ms: the last change is seen at 70 ms
        Outcome outcome = await(at -> Optional.of(new Sample(0, at >= 50 && at < 70 ? Set.of(100L, 101L) : AGENT)));

        assertThat(outcome).isEqualTo(Outcome.QUIET);
        assertThat(clock.millis()).isEqualTo(170);
    }

    @Test
    void shouldWaitTheWholeCapBlindWhenTheCpuTimeCannotBeRead() {
        Outcome outcome = await(at -> Optional.empty());

        assertThat(outcome).isEqualTo(Outcome.CAP);
        assertThat(clock.millis()).isEqualTo(1000);
    }

    @Test
    void shouldWaitTheWholeCapWhenTheAgentIsGoneMidWait() {
        Outcome outcome = await(at -> at < 40 ? Optional.of(new Sample(0, AGENT)) : Optional.empty());

        assertThat(outcome).isEqualTo(Outcome.CAP);
        assertThat(clock.millis()).isEqualTo(1000);
    }

    @Test
    void shouldWaitTheWholeCapWithoutLookingWhenTheQuietWindowIsZero() {
        int[] looks = {0};
        Outcome outcome = new QuietWait(Duration.ZERO, CAP, () -> {
            looks[0]++;
            return Optional.of(new Sample(0, AGENT));
        }, clock).await();

        assertThat(outcome).isEqualTo(Outcome.CAP);
        assertThat(clock.millis()).isEqualTo(1000);
        assertThat(looks[0]).isZero();
    }

    @Test
    void shouldEndAtTheCapInTheMiddleOfAQuietWindow() {
        // busy until 950 ms: the quiet window would end at 1 050 ms, the cap ends the wait at 1 000 ms
        Outcome outcome = await(at -> Optional.of(new Sample(Math.min(at, 950) * 1_000_000, AGENT)));

        assertThat(outcome).isEqualTo(Outcome.CAP);
        assertThat(clock.millis()).isEqualTo(1000);
    }

    private Outcome await(LongFunction<Optional<Sample>> treeAtMillis) {
        return new QuietWait(QUIET, CAP, () -> treeAtMillis.apply(clock.millis()), clock).await();
    }

    /** Time moves only when the wait sleeps. */
    private static final class FakeClock implements QuietWait.Clock {
        private long nanos = 1_000_000_000L;
        private final long origin = nanos;

        @Override
        public long nanoTime() {
            return nanos;
        }

        @Override
        public void sleep(Duration duration) {
            nanos += duration.toNanos();
        }

        long millis() {
            return (nanos - origin) / 1_000_000;
        }
    }
}
