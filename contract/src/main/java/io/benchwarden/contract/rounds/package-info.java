/**
 * The keys the Benchwarden runner adds to the reference artifacts (the reference validator ignores extra keys),
 * and its {@code noise_calibration.json}: one record per key group, each with the one writer the runner uses and
 * the one reader the service uses, so neither side spells a key of its own.
 *
 * <p>Readers are lenient: an artifact from another tool, or an older runner, may lack a key or carry it in another
 * shape. A missing number reads as NaN, a missing group as {@code null} or an empty {@link java.util.Optional};
 * nothing throws, since these keys never decide whether a run is valid.
 */
package io.benchwarden.contract.rounds;
