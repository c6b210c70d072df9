package io.tresor.application.asset;

import java.util.List;

/**
 * Customers' sites. The list shows no personal data; the detail reveals address and contact
 * for the stated purpose of servicing the site's machines, which is audited.
 */
public interface SiteService {

    record SiteSummary(String id, String tenantId, String name, long assets) {
    }

    record SiteView(String id, String tenantId, String name, String address, String contactName, String contactEmail,
                    String contactPhone) {
    }

    /** Address and contact as entered; any part may be blank. */
    record SiteDraft(String tenantId, String name, String address, String contactName, String contactEmail,
                     String contactPhone) {
    }

    /** Sites within the caller's reach, of one tenant if {@code tenantId} is given. */
    List<SiteSummary> list(String tenantId);

    SiteView get(String id) throws InstalledBaseException;

    /** A customer admin creates sites in their own tenant; the manufacturer's side in any customer. */
    SiteView create(SiteDraft draft) throws InstalledBaseException;

    /** New name, address and contact (the draft's tenant is ignored: a site stays with its customer). */
    SiteView change(String id, SiteDraft draft) throws InstalledBaseException;
}
