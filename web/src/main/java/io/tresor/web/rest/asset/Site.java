package io.tresor.web.rest.asset;

import io.tresor.application.asset.SiteService.SiteView;

/** One site with its address and contact (reading it is audited); absent parts were not given. */
public record Site(String id, String tenantId, String name, String address, String contactName, String contactEmail,
                   String contactPhone) {

    static Site of(SiteView s) {
        return new Site(s.id(), s.tenantId(), s.name(), s.address(), s.contactName(), s.contactEmail(), s.contactPhone());
    }
}
