package io.benchwarden.trend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TrendCsvTests {

    @Test
    void shouldWriteOneRowPerPointAndSeriesInChartOrder() {
        Instant first = Instant.parse("2026-11-01T03:00:00Z");
        Instant second = Instant.parse("2026-11-02T03:00:00Z");
        var points = List.of(new TrendViews.Point(7, "#7", first, "abc1234", "pass", "http://h/runs/7"),
                new TrendViews.Point(9, "#9", second, "def5678", "fail", "http://h/runs/9"));
        var ratio = new TrendViews.Chart("p95-ratio", "p95 ratio", "ratio", List.of(
                new TrendViews.Series("open", "value", List.of(1.01, 1.12), List.of(1)),
                new TrendViews.Series("budget", "budget", List.of(1.05, 1.05), List.of())));
        var delta = new TrendViews.Chart("delta", "delta", "%", List.of(
                new TrendViews.Series("=cmd", "value", Arrays.asList(-2.5, null), List.of())));
        var trends = new TrendViews.Trends("aegis", "main", null, List.of(), null, null, 2, points, List.of(ratio, delta));

        assertThat(TrendCsv.of(trends)).isEqualTo("""
                chart,series,role,run_id,started_at,commit,status,value,change_point\r
                p95-ratio,open,value,7,2026-11-01T03:00:00Z,abc1234,pass,1.01,false\r
                p95-ratio,open,value,9,2026-11-02T03:00:00Z,def5678,fail,1.12,true\r
                p95-ratio,budget,budget,7,2026-11-01T03:00:00Z,abc1234,pass,1.05,false\r
                p95-ratio,budget,budget,9,2026-11-02T03:00:00Z,def5678,fail,1.05,false\r
                delta,'=cmd,value,7,2026-11-01T03:00:00Z,abc1234,pass,-2.5,false\r
                delta,'=cmd,value,9,2026-11-02T03:00:00Z,def5678,fail,,false\r
                """);
    }
}
