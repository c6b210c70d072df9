package io.tresor.web.portal.audit;

import io.tresor.application.audit.AuditService;
import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.InvalidPage;
import io.tresor.application.shared.PageRequest;
import io.tresor.web.portal.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.StreamedContent;

/**
 * portal/audit/events.xhtml: the trail, newest first, paged in the database; filters, event
 * detail, chain verification and JSON Lines export of the chosen days.
 */
@Named
@ViewScoped
public class AuditEvents implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AuditService audit;

    @Inject
    Settings settings;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String tenant;
    private String target;
    private EventView selected;
    private AuditService.Verification verification;

    private final LazyDataModel<EventView> events = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) Math.min(Integer.MAX_VALUE, audit.count(filter()));
        }

        @Override
        public List<EventView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            // PrimeFaces asks count() first and sets the row count from it; one query each.
            try {
                return audit.search(filter(), PageRequest.of(first, pageSize));
            } catch (InvalidPage e) {
                // The table's page sizes are all within a page's bounds; nothing else asks.
                return List.of();
            }
        }

        @Override
        public String getRowKey(EventView e) {
            return Long.toString(e.seq());
        }

        @Override
        public EventView getRowData(String key) {
            return audit.event(Long.parseLong(key)).orElse(null);
        }
    };

    /** Days are whole days in the installation's time zone; "to" includes its day. */
    private AuditService.Filter filter() {
        Instant start = from == null ? null : from.atStartOfDay(settings.timeZone()).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(settings.timeZone()).toInstant();
        return new AuditService.Filter(start, end, actor, action, tenant, target);
    }

    public void verify() {
        verification = audit.verify();
        if (verification.intact()) {
            Messages.info("audit.verify.intact", verification.eventsChecked(), verification.checkpointsChecked());
        } else {
            Messages.error("audit.verify.broken", verification.firstBroken());
        }
    }

    /** Streamed while it is read from the trail: a long range never sits in memory as a whole. */
    public StreamedContent getExport() {
        AuditService.Filter f = filter();
        AuditService service = audit;
        Instant from = f.from();
        Instant to = f.to();
        return DefaultStreamedContent.builder().name("tresor-audit-" + LocalDate.now(settings.timeZone()) + ".jsonl")
                .contentType("application/jsonl")
                .writer(out -> {
                    try {
                        service.export(from, to, out);
                    } catch (IOException e) {
                        throw new UncheckedIOException("The export could not be written", e);
                    }
                }).build();
    }

    public LazyDataModel<EventView> getEvents() {
        return events;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getTenant() {
        return tenant;
    }

    public void setTenant(String tenant) {
        this.tenant = tenant;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }

    public EventView getSelected() {
        return selected;
    }

    public void setSelected(EventView selected) {
        this.selected = selected;
    }

    public AuditService.Verification getVerification() {
        return verification;
    }
}
