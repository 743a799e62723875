package io.benchwarden.system;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Number and time formats the pages share, used from templates as {@code @fmt}: values to four decimals without
 * trailing zeros (1.2875, 32.86), times in UTC.
 */
@Component("fmt")
public class Formats {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    public String num(Double value) {
        if (value == null || !Double.isFinite(value)) {
            return "—";
        }
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    public String signed(Double value) {
        return value != null && value > 0 ? "+" + num(value) : num(value);
    }

    public String time(Instant instant) {
        return instant == null ? "—" : TIME.format(instant);
    }

    /** {@code #12} for a strict run, {@code H-11} for a hosted one (see {@link RunLabels}). */
    public String run(String kind, Long id) {
        return id == null ? "—" : RunLabels.of(kind, id);
    }

    public String shortSha(String sha) {
        return sha == null ? "—" : sha.length() > 10 ? sha.substring(0, 10) : sha;
    }
}
