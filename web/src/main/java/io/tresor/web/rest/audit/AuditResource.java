package io.tresor.web.rest.audit;

import io.tresor.application.shared.PageRequest;
import io.tresor.application.shared.InvalidPage;
import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.OAUTH2;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.audit.AuditService;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /api/v1/audit/events} (paged, newest first; filters {@code from}, {@code to} as
 * ISO-8601 instants, {@code actor}, {@code action} prefix, {@code tenant}, {@code target}) and
 * {@code GET /api/v1/audit/verify}, and {@code GET /api/v1/audit/export} (JSON Lines of a time
 * range with its checkpoints and the signing key, verifiable outside Tresor, see
 * {@code docs/verify-audit-export.py}).
 */
@Path("audit")
@Tag(name = "audit", description = "The hash-chained audit trail: search, verification, export")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final String JSON_LINES = "application/jsonl";

    @Inject
    AuditService audit;

    @GET
    @Path("events")
    @RequiresScope(Scopes.AUDIT_READ)
    @Operation(operationId = "searchAuditEvents", summary = "A page of audit events, newest first")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.AUDIT_READ)
    @APIResponse(responseCode = "200", description = "The page",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "AuditEventPage")))
    @APIResponse(responseCode = "400", description = "`page.invalid` (offset below 0, limit not 1 to 500); "
            + "`request.invalid` (from/to not ISO-8601 instants)", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public AuditEventPage searchAuditEvents(
            @Parameter(description = "ISO-8601 instant, e.g. 2026-11-22T10:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "ISO-8601 instant") @QueryParam("to") String to,
            @QueryParam("actor") String actor,
            @Parameter(description = "A prefix of the action, e.g. sign-in") @QueryParam("action") String action,
            @QueryParam("tenant") String tenant, @QueryParam("target") String target,
            @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(description = "At most this many events, 1 to 500") @QueryParam("limit") @DefaultValue("50")
            int limit) throws InvalidPage {
        PageRequest page = PageRequest.of(offset, limit);
        AuditService.Filter filter = new AuditService.Filter(instant(from), instant(to), actor, action, tenant, target);
        return new AuditEventPage(audit.search(filter, page).stream().map(AuditEvent::of).toList(),
                audit.count(filter), offset, limit);
    }

    @GET
    @Path("export")
    @Produces(JSON_LINES)
    @RequiresScope(Scopes.AUDIT_READ)
    @Operation(operationId = "exportAuditTrail", summary = "The events of a time range as JSON Lines, verifiable outside Tresor",
            description = "Each line is a JSON object: the events (\"type\":\"event\"), then the signed checkpoints "
                    + "inside the range and the public key that signed them.")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.AUDIT_READ)
    @APIResponse(responseCode = "200", description = "tresor-audit.jsonl, as an attachment",
            content = @Content(mediaType = JSON_LINES, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`request.invalid` (from/to not ISO-8601 instants)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response exportAuditTrail(@Parameter(description = "ISO-8601 instant") @QueryParam("from") String from,
                                     @Parameter(description = "ISO-8601 instant") @QueryParam("to") String to) {
        Instant fromInstant = instant(from);
        Instant toInstant = instant(to);
        StreamingOutput body = out -> audit.export(fromInstant, toInstant, out);
        return Response.ok(body, JSON_LINES)
                .header("Content-Disposition", "attachment; filename=\"tresor-audit.jsonl\"").build();
    }

    @GET
    @Path("verify")
    @RequiresScope(Scopes.AUDIT_READ)
    @Operation(operationId = "verifyAuditTrail", summary = "Walks the whole chain and every checkpoint")
    @SecurityRequirement(name = OAUTH2, scopes = Scopes.AUDIT_READ)
    @APIResponse(responseCode = "200", description = "Whether the chain is intact, and else where it breaks first",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "Verification")))
    public Verification verifyAuditTrail() {
        return Verification.of(audit.verify());
    }

    /** An optional ISO-8601 instant; a malformed one is the caller's mistake, answered as a problem. */
    private static Instant instant(String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw JsonBodies.bad("from and to are ISO-8601 instants such as 2026-11-22T10:00:00Z");
        }
    }
}
