package io.tresor.systemtest.tenant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A customer's integrator sees its own tenant only; another tenant's id answers 404, as if it did not exist. */
class TenantIsolationIT {

    private final TresorServer server = TresorServer.get();
    private final Api api = server.api();

    private String token(String who) {
        return api.token(server.credential("demo." + who + ".integrator.client_id"),
                server.credential("demo." + who + ".integrator.client_secret"));
    }

    private List<JsonObject> tenants(String token) {
        HttpResponse<String> response = api.get("/api/v1/tenants", token);
        assertEquals(200, response.statusCode(), response::body);
        return Api.json(response).getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static String idOf(List<JsonObject> tenants, String name) {
        return tenants.stream().filter(t -> name.equals(t.getString("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no tenant " + name + " in " + tenants)).getString("id");
    }

    @Test
    void customerClientSeesOnlyItsOwnTenantAndGets404ForAnother() {
        List<JsonObject> all = tenants(token("manufacturer"));
        String muster = idOf(all, "Muster Vakuumtechnik GmbH");
        String pharma = idOf(all, "Beispiel Pharma AG");

        String customer = token("customer");
        List<JsonObject> own = tenants(customer);
        assertEquals(1, own.size());
        assertEquals(muster, own.get(0).getString("id"));

        assertEquals(200, api.get("/api/v1/tenants/" + muster, customer).statusCode());
        HttpResponse<String> other = api.get("/api/v1/tenants/" + pharma, customer);
        assertEquals(404, other.statusCode(), "another tenant's data is not found, not forbidden");
        assertEquals("application/problem+json", Api.mediaType(other));
        assertEquals(404, api.get("/api/v1/tenants/" + "00000000-0000-0000-0000-000000000000", customer).statusCode());
    }

    @Test
    void manufacturerClientSeesEveryCustomer() {
        String manufacturer = token("manufacturer");
        List<JsonObject> all = tenants(manufacturer);
        assertTrue(all.size() >= 3, all::toString);
        String pharma = idOf(all, "Beispiel Pharma AG");
        assertEquals(200, api.get("/api/v1/tenants/" + pharma, manufacturer).statusCode());
    }

    @Test
    void tenantDirectoryNeedsItsScope() {
        String narrow = api.token(server.credential("demo.customer.integrator.client_id"),
                server.credential("demo.customer.integrator.client_secret"), "assets:read");
        HttpResponse<String> refused = api.get("/api/v1/tenants", narrow);
        assertEquals(403, refused.statusCode());
        assertEquals("application/problem+json", Api.mediaType(refused));
    }
}
