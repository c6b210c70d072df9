package io.tresor.web.portal.tenant;

import io.tresor.application.tenant.TenantException;
import io.tresor.application.tenant.TenantService;
import io.tresor.application.tenant.TenantService.TenantView;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** portal/admin/tenants.xhtml: customers of the platform; create (with the first admin invited), suspend. */
@Named
@ViewScoped
public class Tenants implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TenantService tenants;

    private List<TenantView> list;
    private String name;
    private String adminEmail;
    private String adminName;

    @PostConstruct
    void load() {
        list = tenants.list();
    }

    public void create() {
        try {
            tenants.createCustomer(name, adminEmail, adminName);
            Messages.info("tenant.created", name, adminEmail);
            name = null;
            adminEmail = null;
            adminName = null;
            load();
        } catch (TenantException e) {
            Messages.refused(e);
        }
    }

    public void toggle(TenantView tenant) {
        try {
            if ("SUSPENDED".equals(tenant.status())) {
                tenants.reactivate(tenant.id());
                Messages.info("tenant.reactivated", tenant.name());
            } else {
                tenants.suspend(tenant.id());
                Messages.info("tenant.suspended", tenant.name());
            }
            load();
        } catch (TenantException e) {
            Messages.refused(e);
        }
    }

    public List<TenantView> getList() {
        return list;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAdminEmail() {
        return adminEmail;
    }

    public void setAdminEmail(String adminEmail) {
        this.adminEmail = adminEmail;
    }

    public String getAdminName() {
        return adminName;
    }

    public void setAdminName(String adminName) {
        this.adminName = adminName;
    }
}
