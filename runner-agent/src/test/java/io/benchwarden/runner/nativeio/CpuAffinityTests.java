package io.benchwarden.runner.nativeio;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;

class CpuAffinityTests {

    @Test
    void shouldPinBenchThreadToRequestedCpu() throws Exception {
        int cpu = CpuAffinity.onlineCpus() - 1;
        AtomicReference<List<Integer>> seen = new AtomicReference<>();
        Thread thread = new Thread(() -> {
            CpuAffinity.pinCurrentThread(cpu);
            seen.set(CpuAffinity.currentThread());
        });
        thread.start();
        thread.join();

        assertThat(seen.get()).containsExactly(cpu);
        assertThat(CpuAffinity.currentThread()).hasSize(CpuAffinity.onlineCpus());
    }

    @Test
    void shouldRestoreTheMaskAfterAPinnedSection() {
        List<Integer> before = CpuAffinity.currentThread();

        List<Integer> inside = CpuAffinity.whilePinnedTo(0, CpuAffinity::currentThread);

        assertThat(inside).containsExactly(0);
        assertThat(CpuAffinity.currentThread()).isEqualTo(before);
    }
}
