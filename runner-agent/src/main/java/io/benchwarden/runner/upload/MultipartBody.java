package io.benchwarden.runner.upload;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/**
 * A multipart/form-data body (RFC 7578): one text part per form field, one file part per artifact whose part
 * name and filename are the artifact's file name.
 */
public final class MultipartBody {

    private final String boundary = "benchwarden-" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    public static MultipartBody of(Map<String, String> fields, Map<String, byte[]> files) {
        MultipartBody multipart = new MultipartBody();
        fields.forEach(multipart::field);
        files.forEach(multipart::file);
        return multipart;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream copy = new ByteArrayOutputStream();
        copy.writeBytes(body.toByteArray());
        copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return copy.toByteArray();
    }

    public MultipartBody field(String name, String value) {
        header("Content-Disposition: form-data; name=\"" + name + "\"\r\n");
        body.writeBytes(value.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[] { '\r', '\n' });
        return this;
    }

    /** Also for tests that send what a well-behaved client never would: repeated or unknown parts. */
    public MultipartBody file(String name, byte[] content) {
        String type = name.endsWith(".json") ? "application/json" : name.endsWith(".md") ? "text/markdown" : "text/plain";
        header("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + "\"\r\nContent-Type: "
                + type + "\r\n");
        body.writeBytes(content);
        body.writeBytes(new byte[] { '\r', '\n' });
        return this;
    }

    private void header(String lines) {
        body.writeBytes(("--" + boundary + "\r\n" + lines + "\r\n").getBytes(StandardCharsets.UTF_8));
    }
}
