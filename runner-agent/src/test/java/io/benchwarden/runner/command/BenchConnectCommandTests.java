package io.benchwarden.runner.command;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.benchwarden.contract.json.StrictJson;
import tools.jackson.databind.JsonNode;

class BenchConnectCommandTests {

    @Test
    void shouldWriteTheReferenceConnectKeys() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("FORMAT", "json", "PORT", "4242"), "bench",
                "connect");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
        JsonNode json = StrictJson.mapper().readTree(result.out());
        assertThat(json.propertyNames()).containsExactly("iterations", "seconds", "us_per_op", "p50_us", "p95_us",
                "p99_us", "host", "port", "protocol", "with_agent", "repeats", "burn_in", "histogram");
        assertThat(json.get("protocol").asString()).isEqualTo("udp");
        assertThat(json.get("iterations").asLong()).isEqualTo(200);
        assertThat(json.get("host").asString()).isEqualTo("127.0.0.1");
        assertThat(json.get("port").asInt()).isEqualTo(4242);
        assertThat(json.get("p50_us").asDouble()).isLessThanOrEqualTo(json.get("p95_us").asDouble());
    }

    @Test
    void shouldRejectAHostThatIsNotIpv4() {
        CommandRunner.Result result = CommandRunner.run(CommandRunner.small("HOST", "::1"), "bench", "connect");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(result.err()).contains("HOST must be an IPv4 address");
    }
}
