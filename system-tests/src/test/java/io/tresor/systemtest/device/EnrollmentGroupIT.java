package io.tresor.systemtest.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollment groups over REST: the manufacturer's integrator manages them, a customer's sees none. */
class EnrollmentGroupIT {

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();
    private final String manufacturer = api.token(server.credential("demo.manufacturer.integrator.client_id"),
            server.credential("demo.manufacturer.integrator.client_secret"));
    private final String customer = api.token(server.credential("demo.customer.integrator.client_id"),
            server.credential("demo.customer.integrator.client_secret"));

    @TempDir
    Path dir;

    @Test
    void manufacturerRegistersAFactoryCaForAnAssetTypeListsAndDisablesIt() throws Exception {
        String assetTypeId = assetTypeId();
        String name = "Factory line " + UUID.randomUUID();
        String ca = factoryCa("Acme Factory CA " + UUID.randomUUID(), true);

        HttpResponse<String> created = post(manufacturer, "/api/v1/enrollment-groups", group(name, "X509", assetTypeId, ca));
        assertEquals(201, created.statusCode(), created.body());
        JsonObject group = Api.json(created);
        String id = group.getString("id");
        assertEquals("X509", group.getString("kind"));
        assertEquals("ENABLED", group.getString("state"));
        assertEquals(assetTypeId, group.getString("assetTypeId"));
        assertEquals(64, group.getString("caFingerprint").length());
        assertFalse(group.containsKey("groupKey"));
        assertTrue(ids(manufacturer).contains(id));

        // The same CA for the same asset type again, or the same name: conflicts.
        HttpResponse<String> again = post(manufacturer, "/api/v1/enrollment-groups", group(name + " bis", "X509", assetTypeId, ca));
        assertEquals(409, again.statusCode(), again.body());
        assertEquals(409, post(manufacturer, "/api/v1/enrollment-groups", group(name, "SYMMETRIC", assetTypeId, null))
                .statusCode());

        HttpResponse<String> disabled = post(manufacturer, "/api/v1/enrollment-groups/" + id + "/disable", "");
        assertEquals(200, disabled.statusCode(), disabled.body());
        assertEquals("DISABLED", Api.json(disabled).getString("state"));
        assertEquals("DISABLED", Api.json(api.get("/api/v1/enrollment-groups/" + id, manufacturer)).getString("state"));
    }

    @Test
    void symmetricGroupShowsItsKeyOnlyWhenCreated() {
        HttpResponse<String> created = post(manufacturer, "/api/v1/enrollment-groups",
                group("Keyed " + UUID.randomUUID(), "SYMMETRIC", assetTypeId(), null));
        assertEquals(201, created.statusCode(), created.body());
        assertEquals("no-store", created.headers().firstValue("Cache-Control").orElse(""));
        JsonObject group = Api.json(created);
        assertEquals(32, Base64.getDecoder().decode(group.getString("groupKey")).length);
        JsonObject read = Api.json(api.get("/api/v1/enrollment-groups/" + group.getString("id"), manufacturer));
        assertFalse(read.containsKey("groupKey"));
        assertFalse(Api.json(api.get("/api/v1/enrollment-groups", manufacturer)).toString().contains(group.getString("groupKey")));
    }

    @Test
    void invalidGroupsAreRefusedWithAProblemAndNothingIsCreated() throws Exception {
        String assetTypeId = assetTypeId();
        int before = ids(manufacturer).size();
        String notCa = factoryCa("Not a CA " + UUID.randomUUID(), false);
        assertProblem(post(manufacturer, "/api/v1/enrollment-groups", group("A " + UUID.randomUUID(), "X509", assetTypeId,
                notCa)), 400, "enrollmentGroup.caInvalid");
        assertProblem(post(manufacturer, "/api/v1/enrollment-groups", group("B " + UUID.randomUUID(), "X509", assetTypeId,
                "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")), 400, "enrollmentGroup.caInvalid");
        assertProblem(post(manufacturer, "/api/v1/enrollment-groups", group("C " + UUID.randomUUID(), "PSK", assetTypeId,
                null)), 400, "enrollmentGroup.kindInvalid");
        assertProblem(post(manufacturer, "/api/v1/enrollment-groups", group("D " + UUID.randomUUID(), "SYMMETRIC",
                UUID.randomUUID().toString(), null)), 404, "assetType.notFound");
        assertEquals(before, ids(manufacturer).size());
    }

    @Test
    void customersIntegratorSeesNoGroupAndCannotCreateOne() throws Exception {
        HttpResponse<String> created = post(manufacturer, "/api/v1/enrollment-groups",
                group("Hidden " + UUID.randomUUID(), "SYMMETRIC", assetTypeId(), null));
        String id = Api.json(created).getString("id");

        HttpResponse<String> list = api.get("/api/v1/enrollment-groups", customer);
        assertEquals(200, list.statusCode(), list.body());
        assertEquals(0, Api.json(list).getJsonArray("items").size());
        assertEquals(404, api.get("/api/v1/enrollment-groups/" + id, customer).statusCode());
        assertEquals(403, post(customer, "/api/v1/enrollment-groups", group("Mine", "SYMMETRIC", assetTypeId(), null))
                .statusCode());
        assertEquals(403, post(customer, "/api/v1/enrollment-groups/" + id + "/disable", "").statusCode());
        assertEquals("ENABLED", Api.json(api.get("/api/v1/enrollment-groups/" + id, manufacturer)).getString("state"));
    }

    private String assetTypeId() {
        return Api.json(api.get("/api/v1/asset-types", manufacturer)).getJsonArray("items").getJsonObject(0).getString("id");
    }

    private List<String> ids(String token) {
        return Api.json(api.get("/api/v1/enrollment-groups", token)).getJsonArray("items").stream()
                .map(g -> g.asJsonObject().getString("id")).toList();
    }

    /** A self-signed certificate made by openssl, as a manufacturer's factory CA (or, with ca=false, an end entity). */
    private String factoryCa(String commonName, boolean ca) throws Exception {
        DeviceSide box = new DeviceSide(server, dir);
        box.openssl(List.of("openssl", "req", "-x509", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-subj", "/O=Acme/CN=" + commonName, "-days", "30", "-keyout", "ca.key", "-out", "ca.pem",
                "-addext", ca ? "basicConstraints=critical,CA:TRUE" : "basicConstraints=critical,CA:FALSE",
                "-addext", ca ? "keyUsage=critical,keyCertSign,cRLSign" : "keyUsage=critical,digitalSignature"));
        return Files.readString(dir.resolve("ca.pem"));
    }

    private static String group(String name, String kind, String assetTypeId, String caPem) {
        var b = Json.createObjectBuilder().add("name", name).add("kind", kind).add("assetTypeId", assetTypeId);
        if (caPem != null) {
            b.add("caCertificate", caPem);
        }
        return b.build().toString();
    }

    private HttpResponse<String> post(String token, String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    private static void assertProblem(HttpResponse<String> response, int status, String code) {
        assertEquals(status, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"code\":\"" + code + "\""), response.body());
    }
}
