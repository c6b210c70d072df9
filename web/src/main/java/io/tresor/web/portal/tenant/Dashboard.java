package io.tresor.web.portal.tenant;

import io.tresor.application.tenant.DashboardService;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** portal/dashboard.xhtml: what the caller may see today. */
@Named
@ViewScoped
public class Dashboard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    DashboardService dashboard;

    private DashboardService.Overview overview;

    @PostConstruct
    void load() {
        overview = dashboard.overview();
    }

    public DashboardService.Overview getOverview() {
        return overview;
    }
}
