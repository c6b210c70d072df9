package io.tresor.web.rest.device;

import io.tresor.application.shared.PageRequest;
import io.tresor.application.shared.InvalidPage;
import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.device.DeviceException;
import io.tresor.application.device.DeviceService;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
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
 * {@code /api/v1/devices}: list (paged, filters {@code tenantId}, {@code assetId}, {@code state}),
 * detail with certificates, register (answers the one-time {@code enrollmentToken}), a new
 * token, suspend, resume, revoke with {@code {"reason": ...}}, decommission.
 */
@Path("devices")
@Tag(name = "devices", description = "The device registry: registration, enrollment tokens and the lifecycle")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    DeviceService devices;

    @GET
    @RequiresScope(Scopes.DEVICES_READ)
    @Operation(operationId = "listDevices", summary = "A page of the devices within the caller's reach")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_READ)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "DevicePage")))
    @APIResponse(responseCode = "400", description = "`page.invalid` (offset below 0, limit not 1 to 500); "
            + "`device.stateInvalid` (an unknown state)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public DevicePage listDevices(@QueryParam("tenantId") String tenantId, @QueryParam("assetId") String assetId,
                                  @Parameter(schema = @Schema(ref = "DeviceState")) @QueryParam("state") String state,
                                  @QueryParam("offset") @DefaultValue("0") int offset,
                                  @Parameter(description = "At most this many devices, 1 to 500")
                                  @QueryParam("limit") @DefaultValue("50") int limit) throws DeviceException, InvalidPage {
        DeviceService.Page page = devices.page(new DeviceService.Query(tenantId, assetId, state, PageRequest.of(offset, limit)));
        return new DevicePage(page.items().stream().map(Device::of).toList(), page.total(), offset, limit);
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.DEVICES_READ)
    @Operation(operationId = "getDevice", summary = "One device with its certificates")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_READ)
    @APIResponse(responseCode = "200", description = "The device", content = @Content(mediaType = JSON, schema = @Schema(ref = "Device")))
    @APIResponse(responseCode = "404", description = "`device.notFound` (no such device within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Device getDevice(@PathParam("id") String id) throws DeviceException {
        return Device.of(devices.get(id));
    }

    @POST
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerDevice", summary = "Registers a device on an asset and issues its enrollment token")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "DeviceDraft")))
    @APIResponse(responseCode = "201", description = "Registered, with the one-time enrollmentToken (shown only now)",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Device")))
    @APIResponse(responseCode = "400", description = "`device.idInvalid` (not 1 to 64 letters, digits, dots, "
            + "underscores or hyphens)", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`asset.notFound` (no such asset within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`device.idTaken` (a device has this id); "
            + "`asset.decommissioned` (a decommissioned asset gets no new device)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response registerDevice(@Schema(hidden = true) DeviceDraft draft, @Context UriInfo uri)
            throws DeviceException {
        Device created = Device.of(devices.register(draft.assetId(), draft.id()));
        return JsonBodies.created(uri, created.id(), created);
    }

    @POST
    @Path("{id}/enrollment-token")
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Operation(operationId = "newEnrollmentToken", summary = "Issues a new enrollment token; the previous one stops working")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @APIResponse(responseCode = "200", description = "The device with its new enrollmentToken (shown only now)",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Device")))
    @APIResponse(responseCode = "404", description = "`device.notFound` (no such device within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`device.final` (the device is revoked or decommissioned)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Device newEnrollmentToken(@PathParam("id") String id) throws DeviceException {
        return Device.of(devices.newEnrollmentToken(id));
    }

    @POST
    @Path("{id}/suspend")
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Operation(operationId = "suspendDevice", summary = "Suspends a device: it cannot connect until resumed")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @APIResponse(responseCode = "200", description = "The device", content = @Content(mediaType = JSON, schema = @Schema(ref = "Device")))
    @APIResponse(responseCode = "404", description = "`device.notFound` (no such device within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`device.final` (the device is revoked or decommissioned)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Device suspendDevice(@PathParam("id") String id) throws DeviceException {
        return Device.of(devices.suspend(id));
    }

    @POST
    @Path("{id}/resume")
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Operation(operationId = "resumeDevice", summary = "Resumes a suspended device")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @APIResponse(responseCode = "200", description = "The device", content = @Content(mediaType = JSON, schema = @Schema(ref = "Device")))
    @APIResponse(responseCode = "404", description = "`device.notFound` (no such device within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`device.final` (the device is revoked or decommissioned)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Device resumeDevice(@PathParam("id") String id) throws DeviceException {
        return Device.of(devices.resume(id));
    }

    @POST
    @Path("{id}/revoke")
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "revokeDevice", summary = "Revokes a device; its certificates go on the CRL")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "Revocation")))
    @APIResponse(responseCode = "200", description = "The revoked device", content = @Content(mediaType = JSON, schema = @Schema(ref = "Device")))
    @APIResponse(responseCode = "400", description = "`device.reasonInvalid` (not one of the RFC 5280 reasons offered)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`device.notFound` (no such device within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Device revokeDevice(@PathParam("id") String id, @Schema(hidden = true) Revocation revocation)
            throws DeviceException {
        return Device.of(devices.revoke(id, revocation.reason()));
    }

    @POST
    @Path("{id}/decommission")
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Operation(operationId = "decommissionDevice", summary = "Takes a device out of service for good (certificates on the CRL)")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.DEVICES_WRITE)
    @APIResponse(responseCode = "200", description = "The device", content = @Content(mediaType = JSON, schema = @Schema(ref = "Device")))
    @APIResponse(responseCode = "404", description = "`device.notFound` (no such device within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Device decommissionDevice(@PathParam("id") String id) throws DeviceException {
        return Device.of(devices.decommission(id));
    }
}
