package io.tresor.web.rest.identity;

import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;

import io.tresor.application.shared.TresorPrincipal;
import io.tresor.web.security.AnyScope;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who the token belongs to: its client, tenant and scopes. Any valid token may ask. */
@Path("me")
@Tag(name = "identity", description = "Tokens and the caller's own identity")
public class MeResource {

    @Context
    SecurityContext security;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @AnyScope(reason = "It only tells the caller about its own token")
    @Operation(operationId = "getMe", summary = "The client, tenant and scopes of the caller's token")
    @SecurityRequirement(name = OAUTH2)
    @APIResponse(responseCode = "200", description = "The caller", content = @Content(mediaType = JSON, schema = @Schema(ref = "Me")))
    public Me getMe() {
        TresorPrincipal caller = (TresorPrincipal) security.getUserPrincipal();
        return new Me(caller.getName(), caller.tenantId(), caller.scopes());
    }
}
