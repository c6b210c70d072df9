package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.AssetTypeService;
import io.tresor.application.asset.AssetTypeService.AssetTypeView;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.identity.Scopes;
import io.tresor.domain.asset.Metric;
import io.tresor.domain.asset.MetricType;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import io.tresor.web.security.ContentDisposition;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/asset-types}: the catalogue with each type's telemetry schema, a list of
 * {@code {name, unit, type, min, max}} where type is {@code number}, {@code integer} or {@code boolean}.
 */
@Path("asset-types")
@Produces(MediaType.APPLICATION_JSON)
public class AssetTypeResource {

    @Inject
    AssetTypeService types;

    @Inject
    AssetDocumentService documents;

    @GET
    @RequiresScope(Scopes.ASSETS_READ)
    public String list() {
        JsonArrayBuilder items = Json.createArrayBuilder();
        types.list().forEach(t -> items.add(json(t)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_READ)
    public String get(@PathParam("id") String id) throws InstalledBaseException {
        return json(types.get(id)).toString();
    }

    @POST
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(String body, @Context UriInfo uri) throws InstalledBaseException {
        JsonObject o = JsonBodies.object(body);
        AssetTypeView created = types.create(JsonBodies.text(o, "name"), JsonBodies.text(o, "partNumber"),
                JsonBodies.text(o, "manufacturer"), schema(o.get("telemetrySchema")));
        return JsonBodies.created(uri, created.id(), json(created));
    }

    @PUT
    @Path("{id}/telemetry-schema")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    public String changeSchema(@PathParam("id") String id, String body) throws InstalledBaseException {
        JsonObject o = JsonBodies.object(body);
        return json(types.changeSchema(id, schema(o.get("telemetrySchema")))).toString();
    }

    @GET
    @Path("{id}/documents")
    @RequiresScope(Scopes.ASSETS_READ)
    public String documents(@PathParam("id") String id) throws InstalledBaseException {
        JsonArrayBuilder items = Json.createArrayBuilder();
        documents.list(id).forEach(d -> items.add(json(d)));
        return Json.createObjectBuilder().add("items", items).build().toString();
    }

    /** The body is the file itself; {@code fileName} names it, and its extension must match its content. */
    @POST
    @Path("{id}/documents")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.WILDCARD)
    public Response upload(@PathParam("id") String id, @QueryParam("fileName") String fileName, InputStream body,
                           @Context UriInfo uri) throws InstalledBaseException, IOException {
        // One byte more than allowed is enough to know it is too big, without reading all of it.
        byte[] content = body.readNBytes(AssetDocumentService.MAX_BYTES + 1);
        AssetDocumentService.DocumentView created = documents.upload(id, fileName, content);
        return JsonBodies.created(uri, created.id(), json(created));
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RequiresScope(Scopes.ASSETS_READ)
    public Response download(@PathParam("id") String id, @PathParam("documentId") String documentId)
            throws InstalledBaseException {
        AssetDocumentService.Download d = documents.download(documentId);
        return Response.ok(d.content(), d.mediaType()).header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .build();
    }

    @DELETE
    @Path("{id}/documents/{documentId}")
    @RequiresScope(Scopes.ASSETS_WRITE)
    public Response delete(@PathParam("id") String id, @PathParam("documentId") String documentId)
            throws InstalledBaseException {
        documents.delete(documentId);
        return Response.noContent().build();
    }

    private static JsonObject json(AssetDocumentService.DocumentView d) {
        return Json.createObjectBuilder().add("id", d.id()).add("assetTypeId", d.assetTypeId()).add("fileName", d.fileName())
                .add("mediaType", d.mediaType()).add("size", d.size()).add("sha256", d.sha256())
                .add("uploadedAt", d.uploadedAt().toString()).build();
    }

    static List<Metric> schema(JsonValue value) {
        if (value == null || value == JsonValue.NULL) {
            return List.of();
        }
        if (!(value instanceof JsonArray array)) {
            throw JsonBodies.bad("telemetrySchema must be a list of {name, unit, type, min, max}");
        }
        List<Metric> metrics = new ArrayList<>();
        for (JsonValue item : array) {
            if (!(item instanceof JsonObject m)) {
                throw JsonBodies.bad("Each metric of telemetrySchema must be an object");
            }
            String type = JsonBodies.text(m, "type");
            try {
                metrics.add(new Metric(JsonBodies.text(m, "name"), JsonBodies.text(m, "unit"),
                        MetricType.valueOf(type == null ? "" : type.toUpperCase(Locale.ROOT)),
                        JsonBodies.number(m, "min"), JsonBodies.number(m, "max")));
            } catch (IllegalArgumentException e) {
                throw JsonBodies.bad(e.getMessage().startsWith("No enum constant")
                        ? "The metric type is one of number, integer, boolean, not " + type : e.getMessage());
            }
        }
        return metrics;
    }

    static JsonObject json(AssetTypeView t) {
        JsonArrayBuilder schema = Json.createArrayBuilder();
        for (Metric m : t.telemetrySchema()) {
            JsonObjectBuilder metric = Json.createObjectBuilder().add("name", m.name())
                    .add("type", m.type().name().toLowerCase(Locale.ROOT));
            JsonBodies.put(metric, "unit", m.unit());
            if (m.min() != null) {
                metric.add("min", m.min());
            }
            if (m.max() != null) {
                metric.add("max", m.max());
            }
            schema.add(metric);
        }
        JsonObjectBuilder b = Json.createObjectBuilder().add("id", t.id()).add("name", t.name())
                .add("partNumber", t.partNumber());
        JsonBodies.put(b, "manufacturer", t.manufacturer());
        return b.add("telemetrySchema", schema).build();
    }
}
