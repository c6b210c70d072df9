package io.tresor.web.rest.audit;

import io.tresor.application.audit.AuditService;
import io.tresor.application.identity.Scopes;
import io.tresor.web.rest.JsonBodies;
import io.tresor.web.rest.ProblemResponses;
import io.tresor.web.security.RequiresScope;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.BadRequestException;
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

/**
 * {@code GET /api/v1/audit/events} (paged, newest first; filters {@code from}, {@code to} as
 * ISO-8601 instants, {@code actor}, {@code action} prefix, {@code tenant}, {@code target}) and
 * {@code GET /api/v1/audit/verify}, and {@code GET /api/v1/audit/export} (JSON Lines of a time
 * range with its checkpoints and the signing key, verifiable outside Tresor, see
 * {@code docs/verify-audit-export.py}).
 */
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    static final int MAX_LIMIT = 500;

    @Inject
    AuditService audit;

    @GET
    @Path("events")
    @RequiresScope(Scopes.AUDIT_READ)
    public Response events(@QueryParam("from") String from, @QueryParam("to") String to,
                           @QueryParam("actor") String actor, @QueryParam("action") String action,
                           @QueryParam("tenant") String tenant, @QueryParam("target") String target,
                           @QueryParam("offset") @DefaultValue("0") int offset,
                           @QueryParam("limit") @DefaultValue("50") int limit) {
        if (offset < 0 || limit < 1 || limit > MAX_LIMIT) {
            return ProblemResponses.of(400, "Bad Request", "offset must be >= 0 and limit between 1 and " + MAX_LIMIT);
        }
        Instant fromInstant = instant(from);
        Instant toInstant = instant(to);
        AuditService.Filter filter = new AuditService.Filter(fromInstant, toInstant, actor, action, tenant, target);
        JsonArrayBuilder items = Json.createArrayBuilder();
        audit.search(filter, offset, limit).forEach(e -> items.add(json(e)));
        return Response.ok(JsonBodies.page(items, audit.count(filter), offset, limit)).build();
    }

    @GET
    @Path("export")
    @Produces("application/jsonl")
    @RequiresScope(Scopes.AUDIT_READ)
    public Response export(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant fromInstant = instant(from);
        Instant toInstant = instant(to);
        StreamingOutput body = out -> audit.export(fromInstant, toInstant, out);
        return Response.ok(body, "application/jsonl")
                .header("Content-Disposition", "attachment; filename=\"tresor-audit.jsonl\"").build();
    }

    @GET
    @Path("verify")
    @RequiresScope(Scopes.AUDIT_READ)
    public String verify() {
        AuditService.Verification v = audit.verify();
        JsonObjectBuilder json = Json.createObjectBuilder().add("intact", v.intact())
                .add("eventsChecked", v.eventsChecked()).add("checkpointsChecked", v.checkpointsChecked())
                .add("millis", v.millis()).add("verifiedAt", v.verifiedAt().toString());
        if (!v.intact()) {
            json.add("firstBrokenEvent", v.firstBroken()).add("problem", v.problem());
        }
        return json.build().toString();
    }

    /** An optional ISO-8601 instant; a malformed one is the caller's mistake, answered as a problem. */
    private static Instant instant(String value) {
        try {
            return value == null || value.isBlank() ? null : Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new BadRequestException(ProblemResponses.of(400, "Bad Request",
                    "from and to are ISO-8601 instants such as 2026-11-22T10:00:00Z"));
        }
    }

    private static JsonObjectBuilder json(AuditService.EventView e) {
        JsonObjectBuilder b = Json.createObjectBuilder().add("seq", e.seq()).add("occurredAt", e.occurredAt().toString())
                .add("actorType", e.actorType()).add("action", e.action()).add("outcome", e.outcome())
                .add("hash", e.hash()).add("prevHash", e.prevHash());
        optional(b, "actorId", e.actorId());
        optional(b, "tenantId", e.tenantId());
        optional(b, "targetType", e.targetType());
        optional(b, "targetId", e.targetId());
        optional(b, "purpose", e.purpose());
        optional(b, "source", e.source());
        optional(b, "requestId", e.requestId());
        if (e.details() != null) {
            b.add("details", Json.createReader(new java.io.StringReader(e.details())).readObject());
        }
        return b;
    }

    private static void optional(JsonObjectBuilder b, String name, String value) {
        if (value != null) {
            b.add(name, value);
        }
    }
}
