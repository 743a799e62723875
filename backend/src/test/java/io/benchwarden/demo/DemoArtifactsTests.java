package io.benchwarden.demo;

import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;

/**
 * The demo generator feeds the demo history and the ingest benchmark with many seeds, and checks each run it draws
 * against the contract (an invalid draw is refused naming its problems). Every seed must draw a valid run, or a
 * benchmark uploader dies and the demo stores less than its story.
 */
class DemoArtifactsTests {

    @Test
    void shouldDrawAValidRunForEverySeed() {
        for (long seed = 0; seed < 3000; seed++) {
            long drawn = seed;
            assertThatCode(() -> new DemoArtifacts(drawn).strictRun(1.02)).as("seed %d", seed)
                    .doesNotThrowAnyException();
        }
    }
}
