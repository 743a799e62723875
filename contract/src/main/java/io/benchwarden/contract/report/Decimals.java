package io.benchwarden.contract.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Fixed-decimal formatting that matches Python's {@code f"{x:.nf}"} (exact binary value, half to even). */
final class Decimals {

    private Decimals() {
    }

    static String fixed(double value, int decimals) {
        return new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code str(float)} for the values the harness writes (shortest round-trip form). */
    static String python(double value) {
        String text = Double.toString(value);
        return text.contains("E") ? new BigDecimal(text).toPlainString() : text;
    }
}
