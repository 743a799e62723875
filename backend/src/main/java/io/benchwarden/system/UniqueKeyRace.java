package io.benchwarden.system;

import java.util.Optional;
import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Idempotent writes rest on a unique key: of two concurrent copies of one upload, one insert wins and the other
 * violates the key. The loser is answered with what the winner stored.
 */
public final class UniqueKeyRace {

    private UniqueKeyRace() {
    }

    /**
     * @param winner what is stored under the key now; empty when the violation was not about the key, and then the
     *     violation is rethrown rather than mistaken for a lost race
     */
    public static <T> T storeOrWinner(Supplier<T> store, Supplier<Optional<T>> winner) {
        try {
            return store.get();
        }
        catch (DataIntegrityViolationException violation) {
            return winner.get().orElseThrow(() -> violation);
        }
    }
}
