package io.benchwarden.system.security;

import static io.benchwarden.support.ApiTestSupport.exchange;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import io.benchwarden.support.ApiTestSupport.Reply;
import io.benchwarden.support.StandaloneApp;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Served over https itself (a certificate made for the test): the session cookie is Secure. */
class HttpsSessionCookieIntegrationTests {

    private static final String STORE_PASSWORD = "test-store-password";
    private static StandaloneApp app;
    private static HttpClient http;

    @BeforeAll
    static void start(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("localhost.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "localhost", "-keyalg", "EC", "-validity", "2", "-dname", "CN=localhost",
                "-ext", "SAN=dns:localhost", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", STORE_PASSWORD).redirectErrorStream(true).start();
        assertThat(keytool.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(keytool.exitValue()).as(new String(keytool.getInputStream().readAllBytes())).isZero();
        app = StandaloneApp.start("--server.ssl.enabled=true", "--server.ssl.key-store=" + store,
                "--server.ssl.key-store-type=PKCS12", "--server.ssl.key-store-password=" + STORE_PASSWORD,
                "--server.ssl.key-alias=localhost");
        KeyStore trusted = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trusted.load(in, STORE_PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(trusted);
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(null, trust.getTrustManagers(), null);
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).sslContext(tls).build();
    }

    @AfterAll
    static void stop() throws Exception {
        app.close();
    }

    @Test
    void shouldMarkTheSessionCookieSecureOverHttps() {
        Reply reply = exchange(http, HttpRequest.newBuilder(app.uri("/login")).GET().build());

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.setCookie("JSESSIONID")).contains("; Secure").contains("; HttpOnly")
                .contains("; SameSite=Lax");
    }
}
