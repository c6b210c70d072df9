package io.tresor.web.rest.asset;

import io.tresor.application.asset.SiteService;

/** A site in a list: no address or contact (personal data), the number of assets there. */
public record SiteSummary(String id, String tenantId, String name, long assets) {

    static SiteSummary of(SiteService.SiteSummary s) {
        return new SiteSummary(s.id(), s.tenantId(), s.name(), s.assets());
    }
}
