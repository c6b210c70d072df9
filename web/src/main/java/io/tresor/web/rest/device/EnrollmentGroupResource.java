package io.tresor.web.rest.device;

import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.device.DeviceException;
import io.tresor.application.device.EnrollmentGroupService;
import io.tresor.application.identity.Scopes;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/enrollment-groups}: list and detail (a customer's clients see none), create
 * with {@code {"name", "kind": "X509"|"SYMMETRIC", "assetTypeId", "caCertificate"}} (the PEM of
 * the factory CA for X509; a SYMMETRIC group answers its {@code groupKey} once), disable.
 */
@Path("enrollment-groups")
@Tag(name = "enrollment-groups", description = "Factory CAs and symmetric group keys by which devices register themselves")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentGroupResource {

    @Inject
    EnrollmentGroupService groups;

    @GET
    @RequiresScope(Scopes.DEVICES_READ)
    @Operation(operationId = "listEnrollmentGroups", summary = "Every enrollment group (none for a customer's clients)")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_READ)
    @APIResponse(responseCode = "200", description = "The groups",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "EnrollmentGroupList")))
    public EnrollmentGroupList listEnrollmentGroups() {
        return new EnrollmentGroupList(groups.list().stream().map(EnrollmentGroup::of).toList());
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.DEVICES_READ)
    @Operation(operationId = "getEnrollmentGroup", summary = "One enrollment group")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_READ)
    @APIResponse(responseCode = "200", description = "The group",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "EnrollmentGroup")))
    @APIResponse(responseCode = "404", description = "`enrollmentGroup.notFound` (no such group within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public EnrollmentGroup getEnrollmentGroup(@PathParam("id") String id) throws DeviceException {
        return EnrollmentGroup.of(groups.get(id));
    }

    @POST
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createEnrollmentGroup", summary = "Creates an X509 or a SYMMETRIC enrollment group")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "EnrollmentGroupDraft")))
    @APIResponse(responseCode = "201", description = "Created; a SYMMETRIC group's groupKey is shown only now (no-store)",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "EnrollmentGroup")))
    @APIResponse(responseCode = "400", description = "`enrollmentGroup.nameInvalid` (blank or over 200 characters); "
            + "`enrollmentGroup.kindInvalid` (kind is X509 or SYMMETRIC); `enrollmentGroup.caInvalid` (no usable CA "
            + "certificate); `enrollmentGroup.caNotExpected` (a SYMMETRIC group has none)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`assetType.notFound` (no such asset type)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`enrollmentGroup.nameTaken` (a group has this name); "
            + "`enrollmentGroup.duplicate` (the CA already serves this asset type)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response createEnrollmentGroup(@Schema(hidden = true) EnrollmentGroupDraft draft, @Context UriInfo uri)
            throws DeviceException {
        EnrollmentGroup created = EnrollmentGroup.of(groups.create(draft.name(), draft.kind(), draft.assetTypeId(),
                draft.caCertificate()));
        // The group key is shown only in this answer: no cache may keep it.
        return Response.created(uri.getAbsolutePathBuilder().path(created.id()).build()).type(MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store").entity(created).build();
    }

    @POST
    @Path("{id}/disable")
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Operation(operationId = "disableEnrollmentGroup", summary = "Admits nobody any more; devices it admitted stay")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @APIResponse(responseCode = "200", description = "The disabled group",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "EnrollmentGroup")))
    @APIResponse(responseCode = "404", description = "`enrollmentGroup.notFound` (no such group within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public EnrollmentGroup disableEnrollmentGroup(@PathParam("id") String id) throws DeviceException {
        return EnrollmentGroup.of(groups.disable(id));
    }
}
