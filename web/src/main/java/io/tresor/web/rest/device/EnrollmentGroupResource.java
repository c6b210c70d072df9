package io.tresor.web.rest.device;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.device.EnrollmentGroupService;
import io.tresor.application.device.EnrollmentGroupService.GroupView;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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

/**
 * {@code /api/v1/enrollment-groups}: list and detail (a customer's clients see none), create
 * with {@code {"name", "kind": "X509"|"SYMMETRIC", "assetTypeId", "caCertificate"}} (the PEM of
 * the factory CA for X509; a SYMMETRIC group answers its {@code groupKey} once), disable.
 */
@Path("enrollment-groups")
@Produces(MediaType.APPLICATION_JSON)
public class EnrollmentGroupResource {

    @Inject
    EnrollmentGroupService groups;

    @GET
    @RequiresScope(Scopes.DEVICES_READ)
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        groups.list().forEach(g -> items.add(json(g)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.DEVICES_READ)
    public String get(@PathParam("id") String id) throws InstalledBaseException {
        return json(groups.get(id)).toString();
    }

    @POST
    @RequiresScope(Scopes.DEVICES_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) throws InstalledBaseException {
        JsonObject o = JsonBodies.object(body);
        EnrollmentGroupService.Created created = groups.create(JsonBodies.text(o, "name"), JsonBodies.text(o, "kind"),
                JsonBodies.text(o, "assetTypeId"), JsonBodies.text(o, "caCertificate"));
        JsonObjectBuilder answer = Json.createObjectBuilder(json(created.group()));
        JsonBodies.put(answer, "groupKey", created.groupKey());
        // The group key is shown only in this answer: no cache may keep it.
        return Response.created(uri.getAbsolutePathBuilder().path(created.group().id()).build())
                .header("Cache-Control", "no-store").entity(answer.build().toString()).build();
    }

    @POST
    @Path("{id}/disable")
    @RequiresScope(Scopes.DEVICES_WRITE)
    public String disable(@PathParam("id") String id) throws InstalledBaseException {
        return json(groups.disable(id)).toString();
    }

    static JsonObject json(GroupView g) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", g.id()).add("name", g.name()).add("kind", g.kind())
                .add("assetTypeId", g.assetTypeId()).add("state", g.state()).add("createdAt", g.createdAt().toString());
        JsonBodies.put(b, "disabledAt", g.disabledAt());
        JsonBodies.put(b, "caSubject", g.caSubject());
        JsonBodies.put(b, "caFingerprint", g.caFingerprint());
        JsonBodies.put(b, "caNotAfter", g.caNotAfter());
        return b.build();
    }
}
