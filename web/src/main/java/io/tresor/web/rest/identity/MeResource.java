package io.tresor.web.rest.identity;

import io.tresor.application.identity.TresorPrincipal;
import io.tresor.web.security.AnyScope;
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
public class MeResource {

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnyScope(reason = "It only tells the caller about its own token")
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
