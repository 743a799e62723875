package io.benchwarden.contract.validation;

import java.util.List;

import io.benchwarden.contract.Problem;
import io.benchwarden.contract.json.FieldReader;
import io.benchwarden.contract.model.ProfileKind;
import io.benchwarden.contract.model.ProfileMeasurement;
import io.benchwarden.contract.rounds.RatioInterval;
import tools.jackson.databind.JsonNode;

/**
 * Rules for one latency profile: the reference validator's (required keys, numeric fields, p50 <= p95 <= p99,
 * with_agent label matching the file, connect host/port) plus finite, non-negative numbers and a positive
 * integer iteration count. Extra keys (such as the runner's per-round figures) are allowed.
 */
final class ProfileValidator {

    static final int MAX_TEXT = 255;

    private ProfileValidator() {
    }

    static ProfileMeasurement validate(String artifact, JsonNode node, ProfileKind kind, boolean expectWithAgent,
            List<Problem> problems) {
        int before = problems.size();
        FieldReader fields = new FieldReader(artifact, "", node, problems);
        Long iterations = fields.positiveInteger("iterations");
        Double seconds = fields.nonNegative("seconds");
        Double usPerOp = fields.nonNegative("us_per_op");
        Double p50 = fields.nonNegative("p50_us");
        Double p95 = fields.nonNegative("p95_us");
        Double p99 = fields.nonNegative("p99_us");
        if (p50 != null && p95 != null && p50 > p95) {
            fields.problem("p50_us", "(" + p50 + ") is greater than p95_us (" + p95 + "); expected p50_us <= p95_us <= p99_us");
        }
        if (p95 != null && p99 != null && p95 > p99) {
            fields.problem("p95_us", "(" + p95 + ") is greater than p99_us (" + p99 + "); expected p50_us <= p95_us <= p99_us");
        }
        String file = null;
        String host = null;
        Integer port = null;
        if (kind == ProfileKind.OPEN) {
            file = bounded(fields, "file", fields.nonEmptyString("file"));
        }
        else {
            host = bounded(fields, "host", fields.nonEmptyString("host"));
            Long rawPort = fields.positiveInteger("port");
            if (rawPort != null && rawPort > 65535) {
                fields.problem("port", "must be a TCP/UDP port (1-65535), got " + rawPort);
            }
            else if (rawPort != null) {
                port = rawPort.intValue();
            }
        }
        Boolean withAgent = fields.bool("with_agent");
        if (withAgent != null && withAgent != expectWithAgent) {
            fields.problem("with_agent", "must be " + expectWithAgent + " in " + artifact + ", got " + withAgent);
        }
        if (problems.size() > before) {
            return null;
        }
        return new ProfileMeasurement(kind, withAgent, iterations, seconds, usPerOp, p50, p95, p99, file, host, port,
                withAgent ? RatioInterval.read(node, RatioInterval.P95_RATIO).orElse(null) : null);
    }

    /** A path or host name longer than any file system or DNS allows is not a measurement's description. */
    private static String bounded(FieldReader fields, String key, String value) {
        if (value != null && (value.length() > MAX_TEXT || value.chars().anyMatch(Character::isISOControl))) {
            fields.problem(key, "must be at most " + MAX_TEXT + " printable characters, got " + value.length()
                    + " characters");
            return null;
        }
        return value;
    }
}
