package io.tresor.web.portal.security;

import io.tresor.application.security.SecurityEventService;
import io.tresor.application.security.SecurityEventService.SecurityEventView;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** portal/admin/security-events.xhtml: the latest security events, newest first. */
@Named
@ViewScoped
public class SecurityEvents implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 500;

    @Inject
    SecurityEventService service;

    private List<SecurityEventView> events;

    @PostConstruct
    void load() {
        events = service.recent(SHOWN);
    }

    public void refresh() {
        load();
    }

    public List<SecurityEventView> getEvents() {
        return events;
    }
}
