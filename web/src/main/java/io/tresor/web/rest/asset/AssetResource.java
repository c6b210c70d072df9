package io.tresor.web.rest.asset;

import io.tresor.application.shared.PageRequest;
import io.tresor.application.shared.InvalidPage;
import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.asset.AssetImport;
import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /api/v1/assets}: paged ({@code offset}, {@code limit} up to 500), filtered by
 * {@code tenantId}, {@code assetTypeId}, {@code siteId}, {@code status} and a
 * {@code serialNumber} prefix, sorted by {@code sort} ({@code serialNumber}, {@code assetType},
 * {@code status}, {@code installedOn}, {@code lastSeen}) and {@code order} ({@code asc}, {@code desc}).
 */
@Path("assets")
@Tag(name = "assets", description = "Customers' machines: registered, placed and handed over by the manufacturer's side")
@Produces(MediaType.APPLICATION_JSON)
public class AssetResource {

    @Inject
    AssetService assets;

    @Inject
    AssetImport importer;

    @GET
    @RequiresScope(Scopes.ASSETS_READ)
    @Operation(operationId = "listAssets", summary = "A page of the assets within the caller's reach")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetPage")))
    @APIResponse(responseCode = "400", description = "`page.invalid` (offset below 0, limit not 1 to 500); "
            + "`request.invalid` (an unknown sort); `asset.statusInvalid` (an unknown status)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public AssetPage listAssets(
            @Parameter(description = "Only this customer's assets (the manufacturer's side; a customer sees only its own)")
            @QueryParam("tenantId") String tenantId,
            @QueryParam("assetTypeId") String assetTypeId, @QueryParam("siteId") String siteId,
            @Parameter(schema = @Schema(ref = "AssetStatus")) @QueryParam("status") String status,
            @Parameter(description = "A prefix of the serial number, in any case") @QueryParam("serialNumber")
            String serialNumber,
            @Parameter(schema = @Schema(ref = "AssetSort")) @QueryParam("sort") @DefaultValue("serialNumber") String sort,
            @Parameter(schema = @Schema(ref = "SortOrder")) @QueryParam("order") @DefaultValue("asc") String order,
            @Parameter(description = "How many matching assets to skip") @QueryParam("offset") @DefaultValue("0")
            int offset,
            @Parameter(description = "At most this many assets, 1 to 500") @QueryParam("limit") @DefaultValue("50")
            int limit) throws InstalledBaseException, InvalidPage {
        AssetService.Page page = assets.page(new AssetService.Query(tenantId, assetTypeId, siteId, status, serialNumber,
                sort(sort), !"desc".equalsIgnoreCase(order), PageRequest.of(offset, limit)));
        return new AssetPage(page.items().stream().map(Asset::of).toList(), page.total(), offset, limit);
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
    @Operation(operationId = "getAsset", summary = "One asset with its ownership periods")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_READ)
    @APIResponse(responseCode = "200", description = "The asset",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Asset")))
    @APIResponse(responseCode = "404", description = "`asset.notFound` (no such asset within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Asset getAsset(@PathParam("id") String id) throws InstalledBaseException {
        return Asset.of(assets.get(id), assets.ownership(id).stream().map(Ownership::of).toList());
    }

    @POST
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "registerAsset", summary = "Registers an asset of a customer (the manufacturer's side)")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetDraft")))
    @APIResponse(responseCode = "201", description = "Registered; Location names the new asset",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Asset")))
    @APIResponse(responseCode = "400", description = "`asset.tenantInvalid` (not a customer tenant); "
            + "`asset.siteInvalid` (the site belongs to another customer); `asset.invalid` (a serial number "
            + "that is blank or too long)", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`assetType.notFound` (no such asset type); "
            + "`site.notFound` (no such site)", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`asset.serialTaken` (an asset of this type has this serial number)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response registerAsset(@Schema(hidden = true) AssetDraft draft, @Context UriInfo uri)
            throws InstalledBaseException {
        Asset created = Asset.of(assets.register(draft.toService()));
        return JsonBodies.created(uri, created.id(), created);
    }

    /**
     * {@code POST /api/v1/assets/import} with a CSV file ({@code text/csv}, UTF-8): every good row
     * is registered, every bad row is reported with its line; see {@link AssetImport} for the columns.
     */
    @POST
    @Path("import")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @Operation(operationId = "importAssets", summary = "Registers the good rows of a CSV file and reports the bad ones",
            description = "UTF-8, comma or semicolon separated; the first line names the columns in any order and "
                    + "case: customer (name or id), assetType (part number or name), serialNumber, and optionally "
                    + "site, installedOn (YYYY-MM-DD) and status. Each row is registered in a transaction of its own.")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = {
        @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)),
        @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "What was imported and what was refused",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "ImportReport")))
    @APIResponse(responseCode = "400", description = "`import.columnMissing` (the first line lacks a required "
            + "column); `import.tooLarge` (more rows than one file may have); `import.unreadable` (not CSV)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public ImportReport importAssets(@Schema(hidden = true) InputStream csv) throws InstalledBaseException {
        return ImportReport.of(importer.importCsv(new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8))));
    }

    @POST
    @Path("{id}/move")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "moveAsset", summary = "Hands an asset (and its devices) over to another customer")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetMove")))
    @APIResponse(responseCode = "200", description = "The asset with its new owner",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Asset")))
    @APIResponse(responseCode = "400", description = "`asset.tenantInvalid` (not a customer tenant)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`asset.notFound` (no such asset within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`asset.notMovable` (the asset cannot be handed over, e.g. it is decommissioned)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Asset moveAsset(@PathParam("id") String id, @Schema(hidden = true) AssetMove move)
            throws InstalledBaseException {
        return Asset.of(assets.move(id, move.tenantId()));
    }

    @PUT
    @Path("{id}/status")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "changeAssetStatus", summary = "Changes an asset's status (decommissioning is final)")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetStatusChange")))
    @APIResponse(responseCode = "200", description = "The asset with its new status",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Asset")))
    @APIResponse(responseCode = "400", description = "`asset.statusInvalid` (an unknown status)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`asset.notFound` (no such asset within the caller's reach)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "409", description = "`asset.decommissioned` (a decommissioned asset stays so)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Asset changeAssetStatus(@PathParam("id") String id, @Schema(hidden = true) AssetStatusChange change)
            throws InstalledBaseException {
        return Asset.of(assets.changeStatus(id, change.status()));
    }

    @PUT
    @Path("{id}")
    @RequiresScope(Scopes.ASSETS_WRITE)
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "placeAsset", summary = "Sets an asset's site (absent: none) and installation date")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.ASSETS_WRITE)
    @RequestBody(required = true, content = @Content(mediaType = JSON, schema = @Schema(ref = "AssetPlacement")))
    @APIResponse(responseCode = "200", description = "The asset where it stands now",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Asset")))
    @APIResponse(responseCode = "400", description = "`asset.siteInvalid` (the site belongs to another customer)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "404", description = "`asset.notFound` (no such asset within the caller's reach); "
            + "`site.notFound` (no such site)", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Asset placeAsset(@PathParam("id") String id, @Schema(hidden = true) AssetPlacement placement)
            throws InstalledBaseException {
        return Asset.of(assets.relocate(id, placement.siteId(), placement.installedOn()));
    }
}
