package io.benchwarden.webhook;

import java.net.URI;
import java.security.Principal;
import java.util.List;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * A project's webhooks, for admins only: {@code {"url","format":"json"|"slack","secret"}} creates one (201), the
 * list never shows a secret, delete stops it. Deliveries are listed for seeing what was sent and how it went.
 */
@RestController
class WebhookApiController {

    private final Webhooks webhooks;

    WebhookApiController(Webhooks webhooks) {
        this.webhooks = webhooks;
    }

    record WebhookList(List<Webhooks.WebhookView> webhooks) {
    }

    record DeliveryList(List<Webhooks.DeliveryView> deliveries) {
    }

    @PostMapping("/api/v1/projects/{project}/webhooks")
    ResponseEntity<Webhooks.WebhookView> create(@PathVariable String project,
            @RequestBody Webhooks.NewWebhook request, Principal admin) {
        Webhooks.WebhookView created = webhooks.create(project, request, admin.getName());
        return ResponseEntity.created(URI.create("/api/v1/projects/" + created.project() + "/webhooks/" + created.id()))
                .body(created);
    }

    @GetMapping("/api/v1/projects/{project}/webhooks")
    WebhookList list(@PathVariable String project) {
        return new WebhookList(webhooks.list(project));
    }

    @DeleteMapping("/api/v1/projects/{project}/webhooks/{id}")
    ResponseEntity<Void> delete(@PathVariable String project, @PathVariable long id) {
        webhooks.delete(project, id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/api/v1/projects/{project}/webhooks/deliveries")
    DeliveryList deliveries(@PathVariable String project) {
        return new DeliveryList(webhooks.deliveries(project));
    }
}
