package io.tresor.web.rest.tenant;

import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.identity.Scopes;
import io.tresor.application.tenant.TenantDirectory;
import io.tresor.web.rest.ProblemResponses;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /api/v1/tenants}: the manufacturer's clients see every tenant, a customer's clients only their own. */
@Path("tenants")
@Tag(name = "tenants", description = "The tenant directory: which tenants a client may know of")
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {

    @Inject
    TenantDirectory directory;

    @GET
    @RequiresScope(Scopes.TENANTS_READ)
    @Operation(operationId = "listTenants", summary = "Every tenant for the manufacturer's clients, its own for a customer's")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.TENANTS_READ)
    @APIResponse(responseCode = "200", description = "The tenants",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "TenantList")))
    public TenantList listTenants() {
        return new TenantList(directory.visible().stream().map(Tenant::of).toList());
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.TENANTS_READ)
    @Operation(operationId = "getTenant", summary = "One tenant")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.TENANTS_READ)
    @APIResponse(responseCode = "200", description = "The tenant", content = @Content(mediaType = JSON, schema = @Schema(ref = "Tenant")))
    @APIResponse(responseCode = "404", description = "`tenant.notFound` (no such tenant for this client)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Tenant getTenant(@PathParam("id") String id) {
        return directory.find(id).map(Tenant::of).orElseThrow(() -> new NotFoundException(
                ProblemResponses.withCode(404, "Not Found", "No tenant " + id + " for this client", "tenant.notFound")));
    }
}
