package io.benchwarden.runner.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import io.benchwarden.runner.nativeio.NativeTiming;
import io.benchwarden.runner.nativeio.SyscallException;

/** Both timing paths, on the real machine with small counts: samples, wall time and errno's text. */
class SyscallWorkloadTests {

    private static final BenchTarget TARGET = new BenchTarget("/etc/hosts", "127.0.0.1", 9,
            List.of("/etc/hosts", "/etc/passwd", "/bin/sh"));

    @TempDir
    Path dir;

    @Test
    void shouldLoadTheNativeTimingLibraryFromTheClasspath() {
        assertThat(NativeTiming.loadFailure()).isEmpty();
        assertThat(NativeTiming.available()).isTrue();
        assertThat(Timing.effective(Timing.NATIVE_LOOP)).isEqualTo(Timing.NATIVE_LOOP);
    }

    static Stream<Arguments> everyWorkloadAndTiming() {
        return Arrays.stream(WorkloadKind.values())
                .flatMap(kind -> Arrays.stream(Timing.values()).map(timing -> Arguments.of(kind, timing)));
    }

    @ParameterizedTest
    @MethodSource("everyWorkloadAndTiming")
    void shouldReturnTheRequestedNumberOfPositiveSamples(WorkloadKind kind, Timing timing) {
        try (SyscallWorkload workload = TARGET.workload(kind)) {
            Measurement measurement = workload.measure(20, 500, timing);

            assertThat(measurement.iterations()).isEqualTo(500);
            assertThat(Arrays.stream(measurement.samplesNanos()).min().orElseThrow()).isPositive();
            assertThat(measurement.elapsedNanos()).isGreaterThanOrEqualTo(Arrays.stream(measurement.samplesNanos()).sum());
            assertThat(measurement.workload()).isEqualTo(kind.artifactName());
        }
    }

    @ParameterizedTest
    @EnumSource(Timing.class)
    void shouldFailWithErrnoTextWhenTheFileDoesNotExist(Timing timing) {
        try (SyscallWorkload workload = new OpenClose(WorkloadKind.OPEN_CLOSE, dir.resolve("missing").toString())) {
            assertThatThrownBy(() -> workload.measure(0, 10, timing))
                    .isInstanceOf(SyscallException.class)
                    .hasMessage("open(" + dir.resolve("missing") + ") failed: No such file or directory (errno 2)");
        }
    }

    @ParameterizedTest
    @EnumSource(Timing.class)
    void shouldFailWithErrnoTextWhenTheFileCannotBeRead(Timing timing) {
        // a directory opens read-only but read(2) refuses it: EISDIR, even for root
        for (WorkloadKind kind : List.of(WorkloadKind.OPEN_CLOSE, WorkloadKind.FULL_READ)) {
            try (SyscallWorkload workload = new BenchTarget(dir.toString(), "127.0.0.1", 9, List.of()).workload(kind)) {
                assertThatThrownBy(() -> workload.measure(5, 10, timing))
                        .as(kind.artifactName())
                        .isInstanceOf(SyscallException.class)
                        .hasMessage("read(" + dir + ") failed: Is a directory (errno 21)");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Timing.class)
    void shouldNameThePathWhoseStatFailed(Timing timing) throws Exception {
        Path gone = dir.resolve("gone");
        Files.writeString(gone, "x");
        try (SyscallWorkload workload = new StatWalk(List.of("/etc/hosts", gone.toString()))) {
            Files.delete(gone);
            assertThatThrownBy(() -> workload.measure(0, 10, timing))
                    .isInstanceOf(SyscallException.class)
                    .hasMessage("stat(" + gone + ") failed: No such file or directory (errno 2)");
        }
    }

    @ParameterizedTest
    @EnumSource(Timing.class)
    void shouldMeasureAHarnessFloorBelowTheCheapestSyscall(Timing timing) {
        Measurement floor = HarnessFloor.measure(100, 2000, timing);
        Measurement open;
        try (SyscallWorkload workload = TARGET.workload(WorkloadKind.OPEN_CLOSE)) {
            open = workload.measure(100, 2000, timing);
        }

        assertThat(floor.iterations()).isEqualTo(2000);
        assertThat(Arrays.stream(floor.samplesNanos()).min().orElseThrow()).isNotNegative();
        assertThat(floor.latency().p50Us()).isLessThan(open.latency().p50Us());
    }

    @Test
    void shouldRejectAnUnknownTiming() {
        assertThat(Timing.parse("jna_calls")).isEqualTo(Timing.JNA_CALLS);
        assertThatThrownBy(() -> Timing.parse("java"))
                .hasMessage("TIMING must be one of native_loop, jna_calls, got java");
    }
}
