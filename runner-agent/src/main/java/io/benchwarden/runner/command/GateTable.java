package io.benchwarden.runner.command;

import java.io.PrintWriter;
import java.util.Locale;

import io.benchwarden.contract.gate.GateRow;
import io.benchwarden.contract.gate.StrictVerdict;

/**
 * The strict gate's table as {@code run} prints it: each row's value against its budget and its status, and beside
 * each row the runner has rounds for, the 95 % interval of its value and whether that is certain or inconclusive
 * against the row's budget (the contract's gate works both out from the artifacts, for the service alike).
 */
final class GateTable {

    private GateTable() {
    }

    static void print(PrintWriter out, StrictVerdict verdict) {
        for (GateRow row : verdict.rows()) {
            String confidence = row.interval() == null ? "" : String.format(Locale.ROOT, "  %s (95 %% interval %.4f-%.4f)",
                    row.interval().confidence(), row.interval().low(), row.interval().high());
            out.printf(Locale.ROOT, "%-24s %-20s %12.4f %s %-10s %s%s%n", row.scenario(), row.metric(), row.value(),
                    row.comparator(), trim(row.budget()), row.status(), confidence);
        }
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
