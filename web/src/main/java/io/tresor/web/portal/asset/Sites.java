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
 * contact are revealed only when someone opens it, which the audit trail records. Operators
 * and a customer's admin add sites and change an opened one.
 */
@Named
@ViewScoped
public class Sites implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SiteService sites;

    private List<SiteService.SiteSummary> list;
    private SiteService.SiteView opened;
    private SiteForm created = new SiteForm();
    private SiteForm changed;

    /** The fields of a site as a form holds them; blank parts are not stored. */
    public static class SiteForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String tenantId;
        private String name;
        private String address;
        private String contactName;
        private String contactEmail;
        private String contactPhone;

        static SiteForm of(SiteService.SiteView v) {
            SiteForm f = new SiteForm();
            f.name = v.name();
            f.address = v.address();
            f.contactName = v.contactName();
            f.contactEmail = v.contactEmail();
            f.contactPhone = v.contactPhone();
            return f;
        }

        SiteService.SiteDraft draft() {
            return new SiteService.SiteDraft(tenantId == null || tenantId.isBlank() ? null : tenantId, name, address,
                    contactName, contactEmail, contactPhone);
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

    @PostConstruct
    void load() {
        list = sites.list(null);
    }

    public void open(String id) {
        try {
            opened = sites.get(id);
            changed = SiteForm.of(opened);
        } catch (InstalledBaseException e) {
            close();
            Messages.refused(e);
        }
    }

    public void close() {
        opened = null;
        changed = null;
    }

    public void create() {
        try {
            SiteService.SiteView site = sites.create(created.draft());
            Messages.info("site.created", site.name());
            String tenant = created.tenantId;
            created = new SiteForm();
            // The next site is most likely for the same customer.
            created.tenantId = tenant;
            list = sites.list(null);
        } catch (InstalledBaseException e) {
            Messages.refused(e);
        }
    }

    public void save() {
        try {
            opened = sites.change(opened.id(), changed.draft());
            changed = SiteForm.of(opened);
            Messages.info("site.changed", opened.name());
            list = sites.list(null);
        } catch (InstalledBaseException e) {
            Messages.refused(e);
        }
    }

    public List<SiteService.SiteSummary> getList() {
        return list;
    }

    public SiteService.SiteView getOpened() {
        return opened;
    }

    public SiteForm getCreated() {
        return created;
    }

    public SiteForm getChanged() {
        return changed;
    }
}
