package io.benchwarden.webhook;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.benchwarden.system.Links;
import io.benchwarden.system.RunLabels;
import io.benchwarden.triage.SummaryViews;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a webhook sends, and its signature. The JSON format carries the event and the whole summary as the API
 * shows it; the Slack format a one-line message for an incoming webhook. Either is signed the same way:
 * {@code X-Benchwarden-Signature: sha256=<hex HMAC-SHA256 of the body with the webhook's secret>}.
 */
@Component
class WebhookPayloads {

    static final String SIGNATURE_HEADER = "X-Benchwarden-Signature";

    private final JsonMapper json;
    private final Links links;

    WebhookPayloads(JsonMapper json, Links links) {
        this.json = json;
        this.links = links;
    }

    byte[] body(Webhooks.Format format, WebhookEvent event, SummaryViews.SummaryView summary) {
        String url = links.to(summary.path());
        if (format == Webhooks.Format.SLACK) {
            return json.writeValueAsBytes(Map.of("text", slackText(event, summary, url)));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("event", event.wireName());
        body.put("project", summary.project());
        body.put("branch", summary.branch());
        body.put("url", url);
        body.put("summary", summary);
        return json.writeValueAsBytes(body);
    }

    static String signature(byte[] body, String secret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        }
        catch (NoSuchAlgorithmException | InvalidKeyException ex) {
            throw new IllegalStateException("HMAC-SHA256 is not available", ex);
        }
    }

    /** Slack's mrkdwn: {@code <url|text>} links, and {@code & < >} escaped in everything the uploads named. */
    private static String slackText(WebhookEvent event, SummaryViews.SummaryView summary, String url) {
        String what = summary.rows().isEmpty() ? String.join(", ", summary.series())
                : String.join(", ", summary.rows());
        String runs = summary.firstRun() == null ? "hosted alerts only"
                : "strict runs " + RunLabels.strict(summary.firstRun()) + " to " + RunLabels.strict(summary.lastRun());
        return escape(summary.project() + "/" + summary.branch()) + ": " + event.sentence() + " — summary "
                + summary.id() + ", " + escape(what) + " (" + runs + ", " + summary.alerts().size() + " alerts) <"
                + url + "|open triage>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
