package io.benchwarden.hosted;

import java.nio.charset.StandardCharsets;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shared real hosted example (Google Benchmark JSON with {@code --benchmark_report_aggregates_only} from a
 * 2-CPU VM), verbatim, and modified copies of it for the policy tests.
 */
final class HostedExamples {

    static final String BENCHMARK_JSON = """
            {
              "context": {
                "date": "2026-11-27T06:27:27+00:00",
                "host_name": "vm",
                "executable": "./b",
                "num_cpus": 2,
                "mhz_per_cpu": 2445,
                "cpu_scaling_enabled": false,
                "caches": [
                  {
                    "type": "Data",
                    "level": 1,
                    "size": 32768,
                    "num_sharing": 1
                  },
                  {
                    "type": "Instruction",
                    "level": 1,
                    "size": 32768,
                    "num_sharing": 1
                  },
                  {
                    "type": "Unified",
                    "level": 2,
                    "size": 524288,
                    "num_sharing": 1
                  },
                  {
                    "type": "Unified",
                    "level": 3,
                    "size": 33554432,
                    "num_sharing": 2
                  }
                ],
                "load_avg": [0.618652,0.506836,0.234375],
                "library_build_type": "debug"
              },
              "benchmarks": [
                {
                  "name": "BM_PathKeyHash_mean",
                  "family_index": 0,
                  "per_family_instance_index": 0,
                  "run_name": "BM_PathKeyHash",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "mean",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 1.1123193213667301e+01,
                  "cpu_time": 1.0966145176821490e+01,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_PathKeyHash_median",
                  "family_index": 0,
                  "per_family_instance_index": 0,
                  "run_name": "BM_PathKeyHash",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "median",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 1.1749032273600529e+01,
                  "cpu_time": 1.1577189675215195e+01,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_PathKeyHash_stddev",
                  "family_index": 0,
                  "per_family_instance_index": 0,
                  "run_name": "BM_PathKeyHash",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "stddev",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 1.2628194079032655e+00,
                  "cpu_time": 1.4038495437167342e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_PathKeyHash_cv",
                  "family_index": 0,
                  "per_family_instance_index": 0,
                  "run_name": "BM_PathKeyHash",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "cv",
                  "aggregate_unit": "percentage",
                  "iterations": 12,
                  "real_time": 1.1353029509112658e-01,
                  "cpu_time": 1.2801668417485212e-01,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/100_mean",
                  "family_index": 1,
                  "per_family_instance_index": 0,
                  "run_name": "BM_DenyEntriesLookup/100",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "mean",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 5.1756096947261980e+00,
                  "cpu_time": 5.0191488328397815e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/100_median",
                  "family_index": 1,
                  "per_family_instance_index": 0,
                  "run_name": "BM_DenyEntriesLookup/100",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "median",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 5.0566749435170832e+00,
                  "cpu_time": 5.0036440719236355e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/100_stddev",
                  "family_index": 1,
                  "per_family_instance_index": 0,
                  "run_name": "BM_DenyEntriesLookup/100",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "stddev",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 2.7702622877673261e-01,
                  "cpu_time": 4.8260305803896612e-02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/100_cv",
                  "family_index": 1,
                  "per_family_instance_index": 0,
                  "run_name": "BM_DenyEntriesLookup/100",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "cv",
                  "aggregate_unit": "percentage",
                  "iterations": 12,
                  "real_time": 5.3525332302204826e-02,
                  "cpu_time": 9.6152370473922433e-03,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/512_mean",
                  "family_index": 1,
                  "per_family_instance_index": 1,
                  "run_name": "BM_DenyEntriesLookup/512",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "mean",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 5.2160101492045667e+00,
                  "cpu_time": 4.9424462584213495e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/512_median",
                  "family_index": 1,
                  "per_family_instance_index": 1,
                  "run_name": "BM_DenyEntriesLookup/512",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "median",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 5.0077870765407271e+00,
                  "cpu_time": 4.9484244369766381e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/512_stddev",
                  "family_index": 1,
                  "per_family_instance_index": 1,
                  "run_name": "BM_DenyEntriesLookup/512",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "stddev",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 4.2561384761730753e-01,
                  "cpu_time": 6.5473762907588121e-02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/512_cv",
                  "family_index": 1,
                  "per_family_instance_index": 1,
                  "run_name": "BM_DenyEntriesLookup/512",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "cv",
                  "aggregate_unit": "percentage",
                  "iterations": 12,
                  "real_time": 8.1597588087939793e-02,
                  "cpu_time": 1.3247238206389905e-02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/4096_mean",
                  "family_index": 1,
                  "per_family_instance_index": 2,
                  "run_name": "BM_DenyEntriesLookup/4096",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "mean",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 5.1813528432361275e+00,
                  "cpu_time": 4.9955417075142066e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/4096_median",
                  "family_index": 1,
                  "per_family_instance_index": 2,
                  "run_name": "BM_DenyEntriesLookup/4096",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "median",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 5.0290235943316342e+00,
                  "cpu_time": 4.9913408362325127e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/4096_stddev",
                  "family_index": 1,
                  "per_family_instance_index": 2,
                  "run_name": "BM_DenyEntriesLookup/4096",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "stddev",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 3.0820755026437247e-01,
                  "cpu_time": 5.0301950258301843e-02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/4096_cv",
                  "family_index": 1,
                  "per_family_instance_index": 2,
                  "run_name": "BM_DenyEntriesLookup/4096",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "cv",
                  "aggregate_unit": "percentage",
                  "iterations": 12,
                  "real_time": 5.9483991843310678e-02,
                  "cpu_time": 1.0069368489635175e-02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/10000_mean",
                  "family_index": 1,
                  "per_family_instance_index": 3,
                  "run_name": "BM_DenyEntriesLookup/10000",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "mean",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 4.7160319986217951e+00,
                  "cpu_time": 4.6685724689645651e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/10000_median",
                  "family_index": 1,
                  "per_family_instance_index": 3,
                  "run_name": "BM_DenyEntriesLookup/10000",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "median",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 4.6149696014221027e+00,
                  "cpu_time": 4.6140560037999476e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/10000_stddev",
                  "family_index": 1,
                  "per_family_instance_index": 3,
                  "run_name": "BM_DenyEntriesLookup/10000",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "stddev",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 3.3657556616582945e-01,
                  "cpu_time": 1.8671259782366992e-01,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_DenyEntriesLookup/10000_cv",
                  "family_index": 1,
                  "per_family_instance_index": 3,
                  "run_name": "BM_DenyEntriesLookup/10000",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "cv",
                  "aggregate_unit": "percentage",
                  "iterations": 12,
                  "real_time": 7.1368380508060533e-02,
                  "cpu_time": 3.9993509593111362e-02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_ParsePolicy_mean",
                  "family_index": 2,
                  "per_family_instance_index": 0,
                  "run_name": "BM_ParsePolicy",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "mean",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 2.6211851001948803e+03,
                  "cpu_time": 2.5694979966601645e+03,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_ParsePolicy_median",
                  "family_index": 2,
                  "per_family_instance_index": 0,
                  "run_name": "BM_ParsePolicy",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "median",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 2.6320598984601888e+03,
                  "cpu_time": 2.6029208862887413e+03,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_ParsePolicy_stddev",
                  "family_index": 2,
                  "per_family_instance_index": 0,
                  "run_name": "BM_ParsePolicy",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "stddev",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 8.0236033837505218e+01,
                  "cpu_time": 8.3068184772357810e+01,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_ParsePolicy_cv",
                  "family_index": 2,
                  "per_family_instance_index": 0,
                  "run_name": "BM_ParsePolicy",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "cv",
                  "aggregate_unit": "percentage",
                  "iterations": 12,
                  "real_time": 3.0610594357315630e-02,
                  "cpu_time": 3.2328565688834902e-02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_JsonEscape_mean",
                  "family_index": 3,
                  "per_family_instance_index": 0,
                  "run_name": "BM_JsonEscape",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "mean",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 1.0279886809773741e+02,
                  "cpu_time": 1.0230682969522108e+02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_JsonEscape_median",
                  "family_index": 3,
                  "per_family_instance_index": 0,
                  "run_name": "BM_JsonEscape",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "median",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 1.0273339921026881e+02,
                  "cpu_time": 1.0245426083216034e+02,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_JsonEscape_stddev",
                  "family_index": 3,
                  "per_family_instance_index": 0,
                  "run_name": "BM_JsonEscape",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "stddev",
                  "aggregate_unit": "time",
                  "iterations": 12,
                  "real_time": 1.4526257941054317e+00,
                  "cpu_time": 1.3460330050944160e+00,
                  "time_unit": "ns"
                },
                {
                  "name": "BM_JsonEscape_cv",
                  "family_index": 3,
                  "per_family_instance_index": 0,
                  "run_name": "BM_JsonEscape",
                  "run_type": "aggregate",
                  "repetitions": 12,
                  "threads": 1,
                  "aggregate_name": "cv",
                  "aggregate_unit": "percentage",
                  "iterations": 12,
                  "real_time": 1.4130756699814321e-02,
                  "cpu_time": 1.3156824516059573e-02,
                  "time_unit": "ns"
                }
              ]
            }
            """;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private HostedExamples() {
    }

    static byte[] benchmarkJson() {
        return BENCHMARK_JSON.getBytes(StandardCharsets.UTF_8);
    }

    /** The example with the real_time and cpu_time of the row named {@code rowName} multiplied by {@code factor}. */
    static byte[] withTimesScaled(String rowName, double factor) {
        JsonNode root = MAPPER.readTree(BENCHMARK_JSON);
        for (JsonNode row : root.get("benchmarks")) {
            if (row.get("name").stringValue().equals(rowName)) {
                ObjectNode object = (ObjectNode) row;
                object.put("real_time", row.get("real_time").doubleValue() * factor);
                object.put("cpu_time", row.get("cpu_time").doubleValue() * factor);
                return MAPPER.writeValueAsBytes(root);
            }
        }
        throw new IllegalArgumentException("the hosted example has no row named " + rowName);
    }

    static BenchmarkReport report(byte[] bytes) {
        Parsed<BenchmarkReport> parsed = GoogleBenchmarkParser.parse(bytes);
        if (!parsed.isValid()) {
            throw new AssertionError("expected a valid report, got " + parsed.problems());
        }
        return parsed.value().orElseThrow();
    }
}
