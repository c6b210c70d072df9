package io.tresor.web.rest.audit;

import java.util.List;

/** One page of audit events, newest first: the items, how many match in all, and the page asked for. */
public record AuditEventPage(List<AuditEvent> items, long total, int offset, int limit) {
}
