package io.benchwarden.contract.model;

import java.util.List;
import java.util.Optional;

/** A validated strict run: every measured input of the contract, parsed. */
public record StrictBundle(ProfileMeasurement openBaseline, ProfileMeasurement openWithAgent,
        ProfileMeasurement connectBaseline, ProfileMeasurement connectWithAgent, Comparison openCompare,
        List<Comparison> workload, Optional<SoakSummary> soak, HostEnvironment host) {
}
