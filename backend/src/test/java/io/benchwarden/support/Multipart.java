package io.benchwarden.support;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Builds multipart/form-data bodies by hand, so tests can send what a well-behaved client never would. */
public final class Multipart {

    private final String boundary = "bw-" + UUID.randomUUID();
    private final List<byte[]> parts = new ArrayList<>();

    public static Multipart of(Map<String, byte[]> artifacts, Map<String, String> fields) {
        Multipart body = new Multipart();
        fields.forEach(body::field);
        artifacts.forEach(body::file);
        return body;
    }

    public Multipart field(String name, String value) {
        parts.add(("Content-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value)
                .getBytes(StandardCharsets.UTF_8));
        return this;
    }

    public Multipart file(String name, byte[] content) {
        byte[] header = ("Content-Disposition: form-data; name=\"" + name + "\"; filename=\"" + name + "\"\r\n"
                + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream part = new ByteArrayOutputStream();
        part.writeBytes(header);
        part.writeBytes(content);
        parts.add(part.toByteArray());
        return this;
    }

    public String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part);
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }
}
