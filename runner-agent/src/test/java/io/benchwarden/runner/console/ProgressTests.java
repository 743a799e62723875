package io.benchwarden.runner.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;

import org.junit.jupiter.api.Test;

class ProgressTests {

    private final StringWriter written = new StringWriter();

    @Test
    void shouldPrintALineWhenThePhaseStartsAndAtEachStepInPlainMode() {
        try (Progress progress = new Progress(new PrintWriter(written), Progress.Mode.PLAIN, Duration.ofSeconds(10))) {
            progress.start("measuring interleaved rounds", 2);
            progress.step();
            progress.step();
            progress.done();
        }

        assertThat(written.toString().lines()).hasSize(3).allMatch(line -> !line.contains("\r"))
                .element(2).asString().startsWith("measuring interleaved rounds: 2/2 (100%) ETA 0:00");
    }

    @Test
    void shouldSayItIsStillMeasuringWhenAStepTakesLongerThanTheHeartbeat() throws InterruptedException {
        try (Progress progress = new Progress(new PrintWriter(written), Progress.Mode.PLAIN, Duration.ofMillis(100))) {
            progress.start("measuring interleaved rounds", 3);
            Thread.sleep(450);
            progress.done();
            String afterDone = written.toString();
            Thread.sleep(250);

            assertThat(written.toString()).isEqualTo(afterDone);
        }

        assertThat(written.toString().lines().filter(line -> line.contains("0/3, still measuring after")).count())
                .isBetween(2L, 5L);
    }

    @Test
    void shouldRedrawOneLineOnATerminalAndPrintNothingWhenAskedNotTo() {
        try (Progress tty = new Progress(new PrintWriter(written), Progress.Mode.TTY, Duration.ofMillis(10));
                Progress none = new Progress(new PrintWriter(new StringWriter()), Progress.Mode.NONE, Duration.ofMillis(10))) {
            tty.start("phase", 4);
            tty.step();
            none.start("phase", 4);
            none.step();
        }

        assertThat(written.toString()).startsWith("\r\033[Kphase: 0/4").contains("\r\033[Kphase: 1/4 (25%)")
                .doesNotContain("\n");
    }

    @Test
    void shouldGrowItsTotalWhenMoreStepsAreNeeded() {
        try (Progress progress = new Progress(new PrintWriter(written), Progress.Mode.PLAIN, Duration.ofSeconds(10))) {
            progress.start("rounds", 2);
            progress.step();
            progress.step();
            progress.total(3);
            progress.step();
        }

        assertThat(written.toString().lines().toList()).last().asString().startsWith("rounds: 3/3 (100%)");
    }
}
