package io.benchwarden.run;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * {@code benchwarden_gate_verdicts_total{status="pass|fail"}}: strict verdicts given to newly stored runs, counted
 * once their transaction commits (a lost race or a rollback counts nothing). Re-evaluations are not counted here.
 */
@Component
class VerdictMetrics {

    private final MeterRegistry registry;

    VerdictMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void given(String status) {
        Runnable count = () -> registry.counter("benchwarden.gate.verdicts", "status", status).increment();
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            count.run();
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                count.run();
            }
        });
    }
}
