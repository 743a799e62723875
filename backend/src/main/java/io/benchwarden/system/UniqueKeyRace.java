package io.benchwarden.system;

import java.util.function.Supplier;

import org.springframework.dao.DataIntegrityViolationException;

/**
 * Idempotent writes rest on a unique key: of two concurrent copies of one upload, one insert wins and the other
 * violates the key. The loser is answered with what the winner stored.
 */
public final class UniqueKeyRace {

    private UniqueKeyRace() {
    }

    public static <T> T storeOrWinner(Supplier<T> store, Supplier<T> winner) {
        try {
            return store.get();
        }
        catch (DataIntegrityViolationException lostTheRace) {
            return winner.get();
        }
    }
}
