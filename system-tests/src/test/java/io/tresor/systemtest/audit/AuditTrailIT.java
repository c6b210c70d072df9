package io.tresor.systemtest.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.AuditExportScript;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /api/v1/audit}: what happened is there, tenant by tenant, and the chain verifies. */
class AuditTrailIT {

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();

    private String token(String who) {
        return api.token(server.credential("demo." + who + ".integrator.client_id"),
                server.credential("demo." + who + ".integrator.client_secret"));
    }

    private List<JsonObject> events(String query, String token) {
        HttpResponse<String> response = api.get("/api/v1/audit/events?" + query, token);
        assertEquals(200, response.statusCode(), response::body);
        return Api.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    /** Events are chained a moment after their transaction commits; the API lists chained events. */
    private Optional<JsonObject> awaitEvent(String query, String token, java.util.function.Predicate<JsonObject> match)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            Optional<JsonObject> found = events(query, token).stream().filter(match).findFirst();
            if (found.isPresent()) {
                return found;
            }
            Thread.sleep(200);
        }
        return Optional.empty();
    }

    @Test
    void aRefusedTokenRequestIsAuditedWithItsReasonAndNoSecret() throws Exception {
        String clientId = server.credential("demo.customer.integrator.client_id");
        String wrongSecret = "wrong-secret-" + System.nanoTime();
        HttpResponse<String> refused = api.postForm(Api.TOKEN_PATH, Map.of("grant_type", "client_credentials"),
                clientId, wrongSecret);
        assertEquals(401, refused.statusCode());
        String since = Instant.now().minusSeconds(60).toString();
        // The event of this very request: other tests refuse token requests of the same client too.
        String requestId = refused.headers().firstValue("X-Request-Id").orElseThrow();

        JsonObject event = awaitEvent("action=token.issued&target=" + clientId + "&from=" + since, token("manufacturer"),
                e -> "FAILURE".equals(e.getString("outcome")) && requestId.equals(e.getString("requestId", "")))
                .orElseThrow(() -> new AssertionError("no audit event"));
        assertEquals("invalid_client", event.getJsonObject("details").getString("reason"));
        assertEquals("CLIENT", event.getString("actorType"));
        assertTrue(event.getString("source").length() >= 16, "the source address is there, pseudonymised");
        assertFalse(event.toString().contains("127.0.0.1"), "never the address itself");
        assertFalse(event.toString().contains(wrongSecret), "never the secret");
        assertEquals(64, event.getString("hash").length());
    }

    @Test
    void aCustomersIntegratorSeesOnlyItsOwnTenantsEvents() throws Exception {
        String customer = token("customer");
        String manufacturer = token("manufacturer");
        // Something in another tenant: the manufacturer's own token issuance (platform tenant).
        JsonObject platformEvent = awaitEvent("action=token.issued&limit=100", manufacturer,
                e -> e.getString("actorId", "").equals(server.credential("demo.manufacturer.integrator.client_id")))
                .orElseThrow();
        String platformTenant = platformEvent.getString("tenantId");
        JsonObject own = awaitEvent("action=token.issued&limit=100", customer, e -> true).orElseThrow();
        String customerTenant = own.getString("tenantId");
        assertFalse(customerTenant.equals(platformTenant));

        List<JsonObject> seen = events("limit=500", customer);
        assertFalse(seen.isEmpty());
        assertTrue(seen.stream().allMatch(e -> customerTenant.equals(e.getString("tenantId", null))), seen::toString);
        // Asking for another tenant changes nothing: the caller's tenant always wins.
        assertTrue(events("limit=500&tenant=" + platformTenant, customer).stream()
                .allMatch(e -> customerTenant.equals(e.getString("tenantId", null))));
        assertTrue(events("limit=500&tenant=" + customerTenant, manufacturer).stream()
                .allMatch(e -> customerTenant.equals(e.getString("tenantId", null))),
                "the manufacturer can filter by tenant");
    }

    @Test
    void verificationReportsAnIntactChain() {
        token("customer");
        HttpResponse<String> response = api.get("/api/v1/audit/verify", token("manufacturer"));
        assertEquals(200, response.statusCode(), response::body);
        JsonObject result = Api.json(response);
        assertTrue(result.getBoolean("intact"), result::toString);
        assertTrue(result.getJsonNumber("eventsChecked").longValue() >= 2, result::toString);
    }

    @Test
    void anExportVerifiesOutsideTresorAndATamperedCopyDoesNot() throws Exception {
        String manufacturer = token("manufacturer");
        // Enough events for a signed checkpoint (the suite's server signs one every 10 events).
        for (int i = 0; i < 12; i++) {
            token("customer");
        }
        assertTrue(awaitEvent("action=token.issued&limit=20", manufacturer, e -> e.getJsonNumber("seq").longValue() > 12)
                .isPresent());
        HttpResponse<String> export = api.get("/api/v1/audit/export", manufacturer);
        assertEquals(200, export.statusCode(), export::body);
        assertTrue(export.body().contains("\"type\":\"checkpoint\""), "the export carries signed checkpoints");
        java.nio.file.Path file = java.nio.file.Files.createTempFile("tresor-audit", ".jsonl");
        java.nio.file.Files.writeString(file, export.body());
        AuditExportScript.Verdict intact = AuditExportScript.verify(file);
        assertEquals(0, intact.exit(), intact.output());
        assertTrue(intact.output().startsWith("intact"), intact.output());

        // Change the outcome of one event in the copy: the outside verifier names exactly that event.
        List<String> lines = new java.util.ArrayList<>(java.nio.file.Files.readAllLines(file));
        int victim = lines.size() / 2;
        while (!lines.get(victim).contains("\"type\":\"event\"")) {
            victim--;
        }
        JsonObject original = Api.json(lines.get(victim));
        lines.set(victim, lines.get(victim).replace("\"outcome\":\"" + original.getString("outcome") + "\"",
                "\"outcome\":\"" + ("SUCCESS".equals(original.getString("outcome")) ? "FAILURE" : "SUCCESS") + "\""));
        java.nio.file.Files.write(file, lines);
        AuditExportScript.Verdict tampered = AuditExportScript.verify(file);
        assertEquals(1, tampered.exit(), tampered.output());
        assertTrue(tampered.output().contains("event " + original.getJsonNumber("seq").longValue() + " was altered"),
                tampered.output());
    }

    @Test
    void theSiemFileReceivesTheChainInOrder() throws Exception {
        token("customer");
        java.nio.file.Path siem = TresorServer.home().resolve("siem").resolve("audit.jsonl");
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        List<String> lines = List.of();
        while (Instant.now().isBefore(deadline) && lines.size() < 3) {
            lines = java.nio.file.Files.exists(siem) ? java.nio.file.Files.readAllLines(siem) : List.of();
            Thread.sleep(200);
        }
        assertTrue(lines.size() >= 3, "events reach the SIEM file: " + lines.size());
        long previous = 0;
        for (String line : lines) {
            long seq = Api.json(line).getJsonNumber("seq").longValue();
            assertEquals(previous + 1, seq, "in chain order, none missing");
            previous = seq;
        }
    }

    @Test
    void aTokenWithoutTheAuditScopeIsRefused() {
        String token = api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"), "tenants:read");
        assertEquals(403, api.get("/api/v1/audit/events", token).statusCode());
        assertEquals(403, api.get("/api/v1/audit/verify", token).statusCode());
    }

    @Test
    void badQueryParametersGetAProblemNotAnError() {
        String token = token("manufacturer");
        HttpResponse<String> badLimit = api.get("/api/v1/audit/events?limit=0", token);
        assertEquals(400, badLimit.statusCode());
        assertEquals("application/problem+json", Api.mediaType(badLimit));
        assertEquals(400, api.get("/api/v1/audit/events?from=yesterday", token).statusCode());
    }
}
