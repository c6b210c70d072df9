package io.tresor.web.rest.asset;

import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/sites}: the list carries no personal data; reading one site reveals its
 * address and contact for servicing, which the audit trail records.
 */
@Path("sites")
@Tag(name = "sites", description = "Customers' sites; address and contact are personal data, read only one site at a time")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    SiteService sites;

    @GET
    @RequiresScope(Scopes.ASSETS_READ)
    @Operation(operationId = "listSites", summary = "The sites within the caller's reach, without personal data")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "The sites",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "SiteList")))
    public SiteList listSites(@Parameter(description = "Only this customer's sites") @QueryParam("tenantId")
                              String tenantId) {
        return new SiteList(sites.list(tenantId).stream().map(SiteSummary::of).toList());
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_READ)
    @Operation(operationId = "getSite", summary = "One site with address and contact (the read is audited)")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "The site", content = @Content(mediaType = JSON, schema = @Schema(ref = "Site")))
    @APIResponse(responseCode = "404", description = "`site.notFound` (no such site within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Site getSite(@PathParam("id") String id) throws InstalledBaseException {
        return Site.of(sites.get(id));
    }

    @POST
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createSite", summary = "Creates a site of a customer")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "SiteDraft")))
    @APIResponse(responseCode = "201", description = "Created; Location names the new site",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Site")))
    @APIResponse(responseCode = "400", description = "`site.tenantInvalid` (not a customer within the caller's reach); "
            + "`site.invalid` (a name or contact the rules refuse)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`site.nameTaken` (the customer has a site of this name)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response createSite(@Schema(hidden = true) SiteDraft draft, @Context UriInfo uri) throws InstalledBaseException {
        Site created = Site.of(sites.create(draft.toService()));
        return JsonBodies.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeSite", summary = "Replaces a site's name, address and contact")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "SiteChange")))
    @APIResponse(responseCode = "200", description = "The site as it is now",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Site")))
    @APIResponse(responseCode = "400", description = "`site.invalid` (a name or contact the rules refuse)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`site.notFound` (no such site within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`site.nameTaken` (the customer has a site of this name)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Site changeSite(@PathParam("id") String id, @Schema(hidden = true) SiteChange change)
            throws InstalledBaseException {
        return Site.of(sites.change(id, change.toService()));
    }
}
