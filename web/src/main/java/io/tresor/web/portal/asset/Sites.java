package io.tresor.web.portal.asset;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * portal/assets/sites.xhtml: sites without personal data in the list; a site's address and
 * contact are revealed only when someone opens it, which the audit trail records.
 */
@Named
@ViewScoped
public class Sites implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteService sites;

    private List<SiteService.SiteSummary> list;
    private SiteService.SiteView opened;
    private String tenantId;
    private String name;
    private String address;
    private String contactName;
    private String contactEmail;
    private String contactPhone;

    @PostConstruct
    void load() {
        list = sites.list(null);
    }

    public void open(String id) {
        try {
            opened = sites.get(id);
        } catch (InstalledBaseException e) {
            opened = null;
            Messages.error("site.refused", e.getMessage());
        }
    }

    public void close() {
        opened = null;
    }

    public void create() {
        try {
            SiteService.SiteView created = sites.create(new SiteService.SiteDraft(tenantId == null || tenantId.isBlank()
                    ? null : tenantId, name, address, contactName, contactEmail, contactPhone));
            Messages.info("site.created", created.name());
            name = null;
            address = null;
            contactName = null;
            contactEmail = null;
            contactPhone = null;
            list = sites.list(null);
        } catch (InstalledBaseException e) {
            Messages.error("site.refused", e.getMessage());
        }
    }

    public List<SiteService.SiteSummary> getList() {
        return list;
    }

    public SiteService.SiteView getOpened() {
        return opened;
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

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
