package io.tresor.systemtest.device;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The device registry as the manufacturer's integrator uses it: register, read, revoke. */
final class Registry {

    private final Api api;
    private final String token;

    Registry(TresorServer server) {
        this.api = server.api();
        this.token = api.token(server.credential("demo.manufacturer.integrator.client_id"),
                server.credential("demo.manufacturer.integrator.client_secret"));
    }

    /** A new device on the first asset of the list: {@code id}, {@code tenantId}, {@code enrollmentToken}. */
    JsonObject registerDevice() {
        String assetId = Api.json(api.get("/api/v1/assets?limit=1", token)).getJsonArray("items").getJsonObject(0)
                .getString("id");
        HttpResponse<String> created = post("/api/v1/devices", "{\"assetId\":\"" + assetId + "\"}");
        if (created.statusCode() != 201) {
            throw new AssertionError("Registering a device answered " + created.statusCode() + ": " + created.body());
        }
        return Api.json(created);
    }

    JsonObject device(String id) {
        return Api.json(api.get("/api/v1/devices/" + id, token));
    }

    HttpResponse<String> post(String path, String json) {
        return api.send(api.request(path).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }
}
