package io.tresor.web.rest.asset;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code /api/v1/sites}: the list carries no personal data; reading one site reveals its
 * address and contact for servicing, which the audit trail records.
 */
@Path("sites")
@Produces(MediaType.APPLICATION_JSON)
public class SiteResource {

    @Inject
    SiteService sites;

    @GET
    @RequiresScope(Scopes.ASSETS_READ)
    public String list(@QueryParam("tenantId") String tenantId) {
        JsonArrayBuilder items = Json.createArrayBuilder();
        sites.list(tenantId).forEach(s -> items.add(Json.createObjectBuilder().add("id", s.id())
                .add("tenantId", s.tenantId()).add("name", s.name()).add("assets", s.assets())));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_READ)
    public String get(@PathParam("id") String id) throws InstalledBaseException {
        return json(sites.get(id)).toString();
    }

    @POST
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) throws InstalledBaseException {
        JsonObject o = JsonBodies.object(body);
        SiteService.SiteView created = sites.create(draft(o));
        return JsonBodies.created(uri, created.id(), json(created));
    }

    @PUT
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public String change(@PathParam("id") String id, String body) throws InstalledBaseException {
        return json(sites.change(id, draft(JsonBodies.object(body)))).toString();
    }

    private static SiteService.SiteDraft draft(JsonObject o) {
        return new SiteService.SiteDraft(JsonBodies.text(o, "tenantId"), JsonBodies.text(o, "name"),
                JsonBodies.text(o, "address"), JsonBodies.text(o, "contactName"), JsonBodies.text(o, "contactEmail"),
                JsonBodies.text(o, "contactPhone"));
    }

    private static JsonObject json(SiteService.SiteView s) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", s.id()).add("tenantId", s.tenantId()).add("name", s.name());
        JsonBodies.put(b, "address", s.address());
        JsonBodies.put(b, "contactName", s.contactName());
        JsonBodies.put(b, "contactEmail", s.contactEmail());
        JsonBodies.put(b, "contactPhone", s.contactPhone());
        return b.build();
    }
}
