package io.tresor.web.rest.identity;

import io.tresor.application.identity.TresorPrincipal;
import io.tresor.web.rest.RequiresScope;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Who the token belongs to: its client, tenant and scopes. Any valid token may ask. */
@Path("me")
@RequiresScope
public class MeResource {

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String me() {
        TresorPrincipal caller = (TresorPrincipal) security.getUserPrincipal();
        JsonArrayBuilder scopes = Json.createArrayBuilder();
        caller.scopes().forEach(scopes::add);
        return Json.createObjectBuilder()
                .add("clientId", caller.getName())
                .add("tenantId", caller.tenantId())
                .add("scopes", scopes).build().toString();
    }
}
