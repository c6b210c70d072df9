package io.tresor.web.portal.identity;

import io.tresor.application.identity.AccountException;
import io.tresor.application.identity.IntegratorClientService;
import io.tresor.application.identity.IntegratorClientService.ClientView;
import io.tresor.application.tenant.TenantService;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** portal/admin/clients.xhtml: the platform admin's integrator clients; a new secret is shown once. */
@Named
@ViewScoped
public class Clients implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    IntegratorClientService clients;

    @Inject
    TenantService tenants;

    private List<ClientView> list;
    private List<TenantService.TenantView> tenantChoices;
    private String tenantId;
    private String name;
    private List<String> scopes = new ArrayList<>();
    private String cidrs;
    private int rateLimit = 600;
    private IntegratorClientService.ClientSecret shownSecret;

    @PostConstruct
    void load() {
        list = clients.list();
        tenantChoices = tenants.list();
    }

    public List<String> getScopeChoices() {
        return clients.scopesFor(tenantId);
    }

    public void create() {
        List<String> blocks = cidrs == null || cidrs.isBlank() ? List.of()
                : Arrays.stream(cidrs.split("[,\\s]+")).filter(s -> !s.isBlank()).toList();
        try {
            shownSecret = clients.create(tenantId, name, scopes, blocks, rateLimit);
            Messages.info("client.created", name);
            name = null;
            scopes = new ArrayList<>();
            cidrs = null;
            load();
        } catch (AccountException e) {
            Messages.refused(e);
        }
    }

    public void rotate(ClientView client) {
        try {
            shownSecret = clients.rotateSecret(client.id());
            Messages.info("client.rotated", client.name());
        } catch (AccountException e) {
            Messages.refused(e);
        }
    }

    public void toggle(ClientView client) {
        try {
            if (client.enabled()) {
                clients.disable(client.id());
            } else {
                clients.enable(client.id());
            }
            load();
        } catch (AccountException e) {
            Messages.refused(e);
        }
    }

    public void dismissSecret() {
        shownSecret = null;
    }

    public List<ClientView> getList() {
        return list;
    }

    public List<TenantService.TenantView> getTenantChoices() {
        return tenantChoices;
    }

    public String getTenantId() {
        return tenantId;
    }

    public void setTenantId(String tenantId) {
        this.tenantId = tenantId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public List<String> getScopes() {
        return scopes;
    }

    public void setScopes(List<String> scopes) {
        this.scopes = scopes;
    }

    public String getCidrs() {
        return cidrs;
    }

    public void setCidrs(String cidrs) {
        this.cidrs = cidrs;
    }

    public int getRateLimit() {
        return rateLimit;
    }

    public void setRateLimit(int rateLimit) {
        this.rateLimit = rateLimit;
    }

    public IntegratorClientService.ClientSecret getShownSecret() {
        return shownSecret;
    }
}
