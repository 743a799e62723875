package io.benchwarden.contract.json;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads artifact bytes the strict way: UTF-8 only, one JSON value, no duplicate keys, no NaN or Infinity
 * tokens. Every failure becomes a {@link Problem} naming the artifact; nothing throws.
 */
public final class StrictJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {
    }

    public static JsonMapper mapper() {
        return MAPPER;
    }

    /** Decodes UTF-8 strictly: malformed or truncated sequences are a problem, never replaced silently. */
    public static Optional<String> utf8(String artifact, byte[] bytes, List<Problem> problems) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            return Optional.of(text);
        }
        catch (CharacterCodingException ex) {
            problems.add(new Problem(artifact, "", "is not valid UTF-8 text"));
            return Optional.empty();
        }
    }

    /** Parses a JSON object; anything else (array, scalar, broken JSON) is reported against the artifact. */
    public static Optional<JsonNode> object(String artifact, byte[] bytes, List<Problem> problems) {
        Optional<String> text = utf8(artifact, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        if (text.get().isBlank()) {
            problems.add(new Problem(artifact, "", "is empty; expected a JSON object"));
            return Optional.empty();
        }
        try {
            JsonNode node = MAPPER.readTree(text.get());
            if (node == null || !node.isObject()) {
                problems.add(new Problem(artifact, "", "expected a top-level JSON object"));
                return Optional.empty();
            }
            return Optional.of(node);
        }
        catch (JacksonException ex) {
            problems.add(new Problem(artifact, "", "is not valid JSON: " + describe(ex)));
            return Optional.empty();
        }
    }

    private static String describe(JacksonException ex) {
        String message = ex.getOriginalMessage();
        if (message != null && message.length() > 200) {
            message = message.substring(0, 200) + "...";
        }
        var location = ex.getLocation();
        return location == null ? message
                : message + " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
