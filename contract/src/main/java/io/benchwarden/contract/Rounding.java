package io.benchwarden.contract;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Rounding the way the reference harness's Python {@code round(x, n)} does: exact binary value, half to even. */
public final class Rounding {

    private Rounding() {
    }

    public static double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return value;
        }
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue();
    }

    public static double round2(double value) {
        return round(value, 2);
    }
}
