package io.tresor.application.audit.internal;

import io.tresor.application.audit.AuditService.EventView;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringWriter;

/** One audit event as a JSON object on one line: the export file, the SIEM file and the syslog message body. */
final class SiemLines {

    private SiemLines() {
    }

    static String json(EventView e) {
        StringWriter s = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(s)) {
            g.writeStartObject().write("type", "event").write("seq", e.seq()).write("prevHash", e.prevHash())
                    .write("hash", e.hash()).write("occurredAtMillis", e.occurredAt().toEpochMilli())
                    .write("occurredAt", e.occurredAt().toString());
            optional(g, "actorType", e.actorType());
            optional(g, "actorId", e.actorId());
            optional(g, "tenantId", e.tenantId());
            optional(g, "action", e.action());
            optional(g, "targetType", e.targetType());
            optional(g, "targetId", e.targetId());
            optional(g, "purpose", e.purpose());
            optional(g, "outcome", e.outcome());
            optional(g, "source", e.source());
            optional(g, "requestId", e.requestId());
            optional(g, "details", e.details());
            g.writeEnd();
        }
        return s.toString();
    }

    private static void optional(JsonGenerator g, String name, String value) {
        if (value == null) {
            g.writeNull(name);
        } else {
            g.write(name, value);
        }
    }
}
