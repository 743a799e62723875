package io.benchwarden.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayDeque;
import java.util.Deque;

import io.benchwarden.system.ApiException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookTargetsTests {

    private static InetAddress address(String literal) {
        try {
            return InetAddress.getByName(literal);
        }
        catch (UnknownHostException ex) {
            throw new IllegalArgumentException(ex);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "127.0.0.1", "127.8.9.10", "::1", "10.1.2.3", "172.16.0.1", "172.31.255.254",
            "192.168.1.1", "169.254.169.254", "fe80::1", "fc00::1", "fd12:3456::1", "0.0.0.0", "::", "100.64.0.1",
            "100.127.255.255", "224.0.0.1", "::ffff:10.0.0.1" })
    void shouldTreatLoopbackLinkLocalPrivateAndSpecialAddressesAsNotPublic(String literal) {
        assertThat(WebhookTargets.isPublic(address(literal))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = { "93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "2606:4700::1111" })
    void shouldTreatInternetAddressesAsPublic(String literal) {
        assertThat(WebhookTargets.isPublic(address(literal))).isTrue();
    }

    @Test
    void shouldRefuseAHostWhenAnyOfItsAddressesIsPrivate() {
        WebhookTargets targets = new WebhookTargets(false,
                host -> new InetAddress[] { address("93.184.216.34"), address("10.0.0.7") });

        assertThatThrownBy(() -> targets.require("https://hooks.example.com/x"))
                .isInstanceOfSatisfying(ApiException.class, ex -> assertThat(ex.toBody().errors())
                        .singleElement().satisfies(problem -> {
                            assertThat(problem.field()).isEqualTo("url");
                            assertThat(problem.message()).isEqualTo("host hooks.example.com resolves to 10.0.0.7, a "
                                    + "loopback, link-local or private address; webhooks may target those only with "
                                    + "BENCHWARDEN_WEBHOOKS_ALLOW_PRIVATE=true");
                        }));
    }

    @Test
    void shouldCheckTheAddressesAgainAtDeliveryForANameThatNowResolvesElsewhere() {
        Deque<String> answers = new ArrayDeque<>(java.util.List.of("93.184.216.34", "127.0.0.1"));
        WebhookTargets targets = new WebhookTargets(false, host -> new InetAddress[] { address(answers.pop()) });

        targets.require("https://rebinding.example.com/hook");

        assertThat(targets.problemAtDelivery("https://rebinding.example.com/hook"))
                .hasValueSatisfying(problem -> assertThat(problem).contains("resolves to 127.0.0.1"));
    }

    @Test
    void shouldAllowPrivateTargetsWhenTheInstallationSaysSo() {
        WebhookTargets targets = new WebhookTargets(true, host -> new InetAddress[] { address("127.0.0.1") });

        assertThat(targets.problemAtDelivery("http://127.0.0.1:9000/hook")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = { "ftp://example.com/x", "file:///etc/passwd", "https://user:pw@example.com/x",
            "not a url", "https:///nohost" })
    void shouldRefuseWhatIsNotAPlainHttpUrl(String url) {
        WebhookTargets targets = new WebhookTargets(true, host -> new InetAddress[] { address("93.184.216.34") });

        assertThatThrownBy(() -> targets.require(url)).isInstanceOf(ApiException.class);
    }
}
