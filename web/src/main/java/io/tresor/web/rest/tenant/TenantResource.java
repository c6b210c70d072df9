package io.tresor.web.rest.tenant;

import io.tresor.application.identity.Scopes;
import io.tresor.application.tenant.TenantDirectory;
import io.tresor.web.rest.ProblemResponses;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** {@code /api/v1/tenants}: the manufacturer's clients see every tenant, a customer's clients only their own. */
@Path("tenants")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantDirectory directory;

    @GET
    @RequiresScope(Scopes.TENANTS_READ)
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        directory.visible().forEach(e -> items.add(json(e)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.TENANTS_READ)
    public Response get(@PathParam("id") String id) {
        return directory.find(id).map(e -> Response.ok(json(e).toString()).build())
                .orElseGet(() -> ProblemResponses.of(404, "Not Found", "No tenant " + id + " for this client"));
    }

    private static JsonObject json(TenantDirectory.Entry e) {
        return Json.createObjectBuilder().add("id", e.id()).add("name", e.name()).add("kind", e.kind())
                .add("status", e.status()).build();
    }
}
