package io.benchwarden.contract.gate;

import java.util.List;

/** The canonical SLO table of one run: it passes when every row passes. */
public record StrictVerdict(List<GateRow> rows) {

    public boolean pass() {
        return rows.stream().allMatch(GateRow::pass);
    }

    public String status() {
        return pass() ? "pass" : "fail";
    }

    public List<GateRow> failedRows() {
        return rows.stream().filter(row -> !row.pass()).toList();
    }
}
