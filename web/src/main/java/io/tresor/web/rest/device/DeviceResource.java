package io.tresor.web.rest.device;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.device.DeviceService;
import io.tresor.application.device.DeviceService.DeviceView;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

/**
 * {@code /api/v1/devices}: list (paged, filters {@code tenantId}, {@code assetId}, {@code state}),
 * detail with certificates, register (answers the one-time {@code enrollmentToken}), a new
 * token, suspend, resume, revoke with {@code {"reason": ...}}.
 */
@Path("devices")
@Produces(MediaType.APPLICATION_JSON)
public class DeviceResource {

    @Inject
    DeviceService devices;

    @GET
    @RequiresScope(Scopes.DEVICES_READ)
    public String page(@QueryParam("tenantId") String tenantId, @QueryParam("assetId") String assetId,
                       @QueryParam("state") String state,
                       @QueryParam("offset") @DefaultValue("0") int offset,
                       @QueryParam("limit") @DefaultValue("50") int limit) throws InstalledBaseException {
        DeviceService.Page page = devices.page(new DeviceService.Query(tenantId, assetId, state, offset, limit));
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(d -> items.add(json(d)));
        return JsonBodies.page(items, page.total(), offset, limit);
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.DEVICES_READ)
    public String get(@PathParam("id") String id) throws InstalledBaseException {
        return json(devices.get(id)).toString();
    }

    @POST
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body, @Context UriInfo uri) throws InstalledBaseException {
        JsonObject o = JsonBodies.object(body);
        DeviceService.Registration r = devices.register(JsonBodies.text(o, "assetId"), JsonBodies.text(o, "id"));
        return JsonBodies.created(uri, r.device().id(), registration(r));
    }

    @POST
    @Path("{id}/enrollment-token")
    @RequiresScope(Scopes.DEVICES_WRITE)
    public String newEnrollmentToken(@PathParam("id") String id) throws InstalledBaseException {
        return registration(devices.newEnrollmentToken(id)).toString();
    }

    @POST
    @Path("{id}/suspend")
    @RequiresScope(Scopes.DEVICES_WRITE)
    public String suspend(@PathParam("id") String id) throws InstalledBaseException {
        return json(devices.suspend(id)).toString();
    }

    @POST
    @Path("{id}/resume")
    @RequiresScope(Scopes.DEVICES_WRITE)
    public String resume(@PathParam("id") String id) throws InstalledBaseException {
        return json(devices.resume(id)).toString();
    }

    @POST
    @Path("{id}/revoke")
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public String revoke(@PathParam("id") String id, String body) throws InstalledBaseException {
        return json(devices.revoke(id, JsonBodies.text(JsonBodies.object(body), "reason"))).toString();
    }

    @POST
    @Path("{id}/decommission")
    @RequiresScope(Scopes.DEVICES_WRITE)
    public String decommission(@PathParam("id") String id) throws InstalledBaseException {
        return json(devices.decommission(id)).toString();
    }

    private static JsonObject registration(DeviceService.Registration r) {
        return Json.createObjectBuilder(json(r.device())).add("enrollmentToken", r.enrollmentToken()).build();
    }

    static JsonObject json(DeviceView d) {
        JsonArrayBuilder certificates = Json.createArrayBuilder();
        d.certificates().forEach(c -> {
            JsonObjectBuilder cert = Json.createObjectBuilder().add("serial", c.serial()).add("status", c.status())
                    .add("notBefore", c.notBefore().toString()).add("notAfter", c.notAfter().toString());
            JsonBodies.put(cert, "revokedAt", c.revokedAt());
            JsonBodies.put(cert, "revocationReason", c.revocationReason());
            certificates.add(cert);
        });
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", d.id()).add("assetId", d.assetId())
                .add("tenantId", d.tenantId()).add("state", d.state()).add("createdAt", d.createdAt().toString())
                .add("changedAt", d.changedAt().toString());
        JsonBodies.put(b, "enrollmentExpiresAt", d.enrollmentExpiresAt());
        return b.add("certificates", certificates).build();
    }
}
