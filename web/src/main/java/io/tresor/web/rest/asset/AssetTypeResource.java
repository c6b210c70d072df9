package io.tresor.web.rest.asset;

import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.AssetTypeService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.ContentDisposition;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/asset-types}: the catalogue with each type's telemetry schema, a list of
 * {@code {name, unit, type, min, max}} where type is {@code number}, {@code integer} or {@code boolean},
 * and the types' documents.
 */
@Path("asset-types")
@Tag(name = "asset-types", description = "The manufacturer's catalogue with telemetry schemas and documents")
@Produces(MediaType.APPLICATION_JSON)
public class AssetTypeResource {

    /** What a document may be (checked by content); a download answers with the document's own type. */
    private static final String PDF = "application/pdf";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    AssetTypeService types;

    @Inject
    AssetDocumentService documents;

    @GET
    @RequiresScope(Scopes.ASSETS_READ)
    @Operation(operationId = "listAssetTypes", summary = "The catalogue of asset types")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "Every asset type",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetTypeList")))
    public AssetTypeList listAssetTypes() {
        return new AssetTypeList(types.list().stream().map(AssetType::of).toList());
    }

    @GET
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_READ)
    @Operation(operationId = "getAssetType", summary = "One asset type with its telemetry schema")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "The asset type",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetType")))
    @APIResponse(responseCode = "404", description = "`assetType.notFound` (no such asset type)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public AssetType getAssetType(@PathParam("id") String id) throws InstalledBaseException {
        return AssetType.of(types.get(id));
    }

    @POST
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createAssetType", summary = "Adds an asset type to the catalogue (the manufacturer's side)")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetTypeDraft")))
    @APIResponse(responseCode = "201", description = "Created; Location names the new type",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetType")))
    @APIResponse(responseCode = "400", description = "`assetType.invalid` (a name, part number or metric the rules "
            + "refuse); `body.fieldInvalid` (a metric type other than number, integer, boolean)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`assetType.nameTaken` (a type has this name); "
            + "`assetType.partNumberTaken` (a type has this part number)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response createAssetType(@Schema(hidden = true) AssetTypeDraft draft, @Context UriInfo uri)
            throws InstalledBaseException {
        AssetType created = AssetType.of(types.create(draft.name(), draft.partNumber(), draft.manufacturer(),
                Metric.toService(draft.telemetrySchema())));
        return JsonBodies.created(uri, created.id(), created);
    }

    @PUT
    @Path("{id}/telemetry-schema")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeTelemetrySchema", summary = "Replaces an asset type's telemetry schema whole")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "TelemetrySchema")))
    @APIResponse(responseCode = "200", description = "The asset type with its new schema",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetType")))
    @APIResponse(responseCode = "400", description = "`assetType.invalid` (a metric the rules refuse); "
            + "`body.fieldInvalid` (a metric type other than number, integer, boolean)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`assetType.notFound` (no such asset type)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public AssetType changeTelemetrySchema(@PathParam("id") String id, @Schema(hidden = true) TelemetrySchema schema)
            throws InstalledBaseException {
        return AssetType.of(types.changeSchema(id, Metric.toService(schema.telemetrySchema())));
    }

    @GET
    @Path("{id}/documents")
    @RequiresScope(Scopes.ASSETS_READ)
    @Operation(operationId = "listAssetTypeDocuments", summary = "The documents of an asset type",
            description = "A customer sees those of the types it owns assets of.")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "The documents, without their content",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "DocumentList")))
    @APIResponse(responseCode = "404", description = "`assetType.notFound` (no such asset type within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public DocumentList listAssetTypeDocuments(@PathParam("id") String id) throws InstalledBaseException {
        return new DocumentList(documents.list(id).stream().map(Document::of).toList());
    }

    /** The body is the file itself; {@code fileName} names it, and its extension must match its content. */
    @POST
    @Path("{id}/documents")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "uploadAssetTypeDocument", summary = "Uploads a document of an asset type",
            description = "The body is the file (at most 20 MB): PDF, PNG, JPEG, TXT, CSV, DOCX or XLSX without macros, "
                    + "checked by its content against the extension of fileName.")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM,
            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "201", description = "Stored; Location names the new document",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Document")))
    @APIResponse(responseCode = "400", description = "`document.name` (no or too long a file name); `document.empty`; "
            + "`document.tooLarge` (over 20 MB); `document.type` (an extension that is not allowed); "
            + "`document.content` (the content is not what the extension says)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`assetType.notFound` (no such asset type)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response uploadAssetTypeDocument(@PathParam("id") String id,
                                            @Parameter(description = "The file's name, e.g. manual.pdf", required = true)
                                            @QueryParam("fileName") String fileName,
                                            @Schema(hidden = true) InputStream body, @Context UriInfo uri)
            throws InstalledBaseException, IOException {
        // One byte more than allowed is enough to know it is too big, without reading all of it.
        byte[] content = body.readNBytes(AssetDocumentService.MAX_BYTES + 1);
        Document created = Document.of(documents.upload(id, fileName, content));
        return JsonBodies.created(uri, created.id(), created);
    }

    @GET
    @Path("{id}/documents/{documentId}")
    @Produces(MediaType.WILDCARD)
    @RequiresScope(Scopes.ASSETS_READ)
    @Operation(operationId = "downloadAssetTypeDocument", summary = "A document's content, as an attachment")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "The file, in its own media type",
            headers = @Header(name = "Content-Disposition", description = "attachment with the file's name (RFC 6266)",
                    schema = @Schema(type = SchemaType.STRING)),
            content = {
                @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "image/jpeg", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/plain", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")),
                @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "404", description = "`document.notFound` (no such document within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response downloadAssetTypeDocument(@PathParam("id") String id, @PathParam("documentId") String documentId)
            throws InstalledBaseException {
        AssetDocumentService.Download d = documents.download(documentId);
        return Response.ok(d.content(), d.mediaType()).header("Content-Disposition", ContentDisposition.attachment(d.fileName()))
                .build();
    }

    @DELETE
    @Path("{id}/documents/{documentId}")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Operation(operationId = "deleteAssetTypeDocument", summary = "Deletes a document")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "`document.notFound` (no such document)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response deleteAssetTypeDocument(@PathParam("id") String id, @PathParam("documentId") String documentId)
            throws InstalledBaseException {
        documents.delete(documentId);
        return Response.noContent().build();
    }
}
