package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetImport;
import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.AssetService.AssetView;
import io.tresor.application.asset.InstalledBaseException;
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
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * {@code /api/v1/assets}: paged ({@code offset}, {@code limit} up to 500), filtered by
 * {@code tenantId}, {@code assetTypeId}, {@code siteId}, {@code status} and a
 * {@code serialNumber} prefix, sorted by {@code sort} ({@code serialNumber}, {@code assetType},
 * {@code status}, {@code installedOn}, {@code lastSeen}) and {@code order} ({@code asc}, {@code desc}).
 */
@Path("assets")
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    @Inject
    AssetService assets;

    @Inject
    AssetImport importer;

    @GET
    @RequiresScope(Scopes.ASSETS_READ)
    public String page(@QueryParam("tenantId") String tenantId, @QueryParam("assetTypeId") String assetTypeId,
                       @QueryParam("siteId") String siteId, @QueryParam("status") String status,
                       @QueryParam("serialNumber") String serialNumber,
                       @QueryParam("sort") @DefaultValue("serialNumber") String sort,
                       @QueryParam("order") @DefaultValue("asc") String order,
                       @QueryParam("offset") @DefaultValue("0") int offset,
                       @QueryParam("limit") @DefaultValue("50") int limit) throws InstalledBaseException {
        AssetService.Page page = assets.page(new AssetService.Query(tenantId, assetTypeId, siteId, status, serialNumber,
                sort(sort), !"desc".equalsIgnoreCase(order), offset, limit));
        JsonArrayBuilder items = Json.createArrayBuilder();
        page.items().forEach(a -> items.add(json(a)));
        return JsonBodies.page(items, page.total(), offset, limit);
    }

    private static AssetService.Sort sort(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "serialnumber" -> AssetService.Sort.SERIAL_NUMBER;
            case "assettype" -> AssetService.Sort.ASSET_TYPE;
            case "status" -> AssetService.Sort.STATUS;
            case "installedon" -> AssetService.Sort.INSTALLED_ON;
            case "lastseen" -> AssetService.Sort.LAST_SEEN;
            default -> throw JsonBodies.bad("sort is one of serialNumber, assetType, status, installedOn, lastSeen");
        };
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_READ)
    public String get(@PathParam("id") String id) throws InstalledBaseException {
        JsonArrayBuilder periods = Json.createArrayBuilder();
        assets.ownership(id).forEach(p -> {
            JsonObjectBuilder period = Json.createObjectBuilder().add("tenantId", p.tenantId()).add("from", p.from().toString());
            JsonBodies.put(period, "until", p.until());
            periods.add(period);
        });
        return Json.createObjectBuilder(json(assets.get(id))).add("ownership", periods).build().toString();
    }

    @POST
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(String body, @Context UriInfo uri) throws InstalledBaseException {
        JsonObject o = JsonBodies.object(body);
        AssetView created = assets.register(new AssetService.AssetDraft(JsonBodies.text(o, "tenantId"),
                JsonBodies.text(o, "assetTypeId"), JsonBodies.text(o, "serialNumber"), JsonBodies.text(o, "siteId"),
                JsonBodies.date(o, "installedOn")));
        return JsonBodies.created(uri, created.id(), json(created));
    }

    /**
     * {@code POST /api/v1/assets/import} with a CSV file ({@code text/csv}, UTF-8): every good row
     * is registered, every bad row is reported with its line; see {@link AssetImport} for the columns.
     */
    @POST
    @Path("import")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    public String importCsv(InputStream csv) throws InstalledBaseException {
        AssetImport.Report report = importer.importCsv(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8)));
        JsonArrayBuilder refused = Json.createArrayBuilder();
        report.refused().forEach(e -> {
            JsonObjectBuilder row = Json.createObjectBuilder().add("line", e.line()).add("message", e.message());
            JsonBodies.put(row, "serialNumber", e.serialNumber());
            refused.add(row);
        });
        return Json.createObjectBuilder().add("imported", report.imported()).add("refused", refused).build().toString();
    }

    @POST
    @Path("{id}/move")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public String move(@PathParam("id") String id, String body) throws InstalledBaseException {
        return json(assets.move(id, JsonBodies.text(JsonBodies.object(body), "tenantId"))).toString();
    }

    @PUT
    @Path("{id}/status")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public String changeStatus(@PathParam("id") String id, String body) throws InstalledBaseException {
        return json(assets.changeStatus(id, JsonBodies.text(JsonBodies.object(body), "status"))).toString();
    }

    /** {@code PUT /api/v1/assets/{id}} with {@code siteId} (absent: no site) and {@code installedOn}. */
    @PUT
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public String relocate(@PathParam("id") String id, String body) throws InstalledBaseException {
        JsonObject o = JsonBodies.object(body);
        return json(assets.relocate(id, JsonBodies.text(o, "siteId"), JsonBodies.date(o, "installedOn"))).toString();
    }

    static JsonObject json(AssetView a) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", a.id()).add("serialNumber", a.serialNumber())
                .add("assetTypeId", a.assetTypeId()).add("assetTypeName", a.assetTypeName()).add("tenantId", a.tenantId())
                .add("status", a.status());
        JsonBodies.put(b, "siteId", a.siteId());
        JsonBodies.put(b, "installedOn", a.installedOn());
        JsonBodies.put(b, "firmwareVersion", a.firmwareVersion());
        JsonBodies.put(b, "lastSeenAt", a.lastSeenAt());
        return b.build();
    }
}
