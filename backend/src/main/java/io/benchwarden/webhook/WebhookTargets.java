package io.benchwarden.webhook;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.benchwarden.contract.Problem;
import io.benchwarden.system.ApiException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Which URLs a webhook may be sent to. A webhook is a request the service makes on an admin's behalf, so without
 * {@code BENCHWARDEN_WEBHOOKS_ALLOW_PRIVATE=true} it may not reach the service's own network: every address the
 * host resolves to must be public (not loopback, link-local, private, unique-local, carrier-grade NAT, multicast or
 * the unspecified address). The check runs when a webhook is created and again before each delivery, since a name
 * may resolve elsewhere later (DNS rebinding).
 */
@Component
class WebhookTargets {

    /** Resolves a host name to all its addresses; tests put a fixed table here. */
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    WebhookTargets(WebhookSettings settings) {
        this(settings.allowPrivate(), InetAddress::getAllByName);
    }

    WebhookTargets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Refuses (422, naming the field {@code url}) a URL a webhook may not have. */
    URI require(String url) {
        URI uri = parse(url);
        problem(uri).ifPresent(problem -> {
            throw refusal(problem);
        });
        return uri;
    }

    /** @return why a stored URL may not be delivered to now, or empty when it may */
    Optional<String> problemAtDelivery(String url) {
        try {
            return problem(parse(url));
        }
        catch (ApiException ex) {
            return Optional.of(ex.describe());
        }
    }

    private static URI parse(String url) {
        if (url == null || url.isBlank()) {
            throw refusal("is required");
        }
        URI uri;
        try {
            uri = new URI(url.strip());
        }
        catch (URISyntaxException ex) {
            throw refusal("is not a URL: " + ex.getMessage());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            throw refusal("must be an http or https URL, got " + (scheme.isEmpty() ? "none" : scheme));
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw refusal("has no host");
        }
        if (uri.getRawUserInfo() != null) {
            throw refusal("may not carry a user name or password");
        }
        return uri;
    }

    private Optional<String> problem(URI uri) {
        String host = uri.getHost();
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        }
        catch (UnknownHostException ex) {
            return Optional.of("host " + host + " does not resolve");
        }
        if (allowPrivate) {
            return Optional.empty();
        }
        for (InetAddress address : addresses) {
            if (!isPublic(address)) {
                return Optional.of("host " + host + " resolves to " + address.getHostAddress() + ", a loopback, "
                        + "link-local or private address; webhooks may target those only with "
                        + "BENCHWARDEN_WEBHOOKS_ALLOW_PRIVATE=true");
            }
        }
        return Optional.empty();
    }

    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isLinkLocalAddress() || address.isSiteLocalAddress()
                || address.isAnyLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            // fc00::/7, unique local addresses: the IPv6 counterpart of the private ranges
            return (bytes[0] & 0xfe) != 0xfc;
        }
        // 100.64.0.0/10, carrier-grade NAT: not reachable from the internet either
        return !((bytes[0] & 0xff) == 100 && (bytes[1] & 0xc0) == 64);
    }

    private static ApiException refusal(String problem) {
        return new ApiException(HttpStatus.UNPROCESSABLE_CONTENT, "invalid_webhook", "url " + problem,
                List.of(new Problem("webhook", "url", problem)));
    }
}
