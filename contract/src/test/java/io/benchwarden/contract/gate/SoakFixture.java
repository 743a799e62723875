package io.benchwarden.contract.gate;

/** A soak summary shaped like the reference soak script's output, with every budget met. */
final class SoakFixture {

    private SoakFixture() {
    }

    static String passing() {
        return """
                {"mode":"audit","net_workload":true,"duration_seconds":600,"workers":4,"poll_seconds":5,
                "ringbuf_bytes":16777216,"initial_rss_kb":40000,"max_rss_kb":42048,"rss_growth_kb":2048,
                "max_ringbuf_drops_total":3,"max_ringbuf_drops_file":2,"max_ringbuf_drops_net":1,
                "max_decision_events":5000,"max_total_events":6000,"max_drop_ratio_pct":0.05,
                "max_allowed_drops":1000,"max_allowed_rss_growth_kb":65536,"max_allowed_drop_ratio_pct":0.1,
                "min_total_decisions":100,"daemon_log_rotations":0,"max_daemon_log_bytes":1048576,
                "min_free_disk_bytes":1073741824,"pass":true}""";
    }
}
