package io.tresor.web.rest.asset;

import io.tresor.application.asset.SiteService;
import jakarta.validation.constraints.NotNull;

/** A new site of a customer; address and contact are optional. */
public record SiteDraft(@NotNull String tenantId, @NotNull String name, String address, String contactName,
                        String contactEmail, String contactPhone) {

    SiteService.SiteDraft toService() {
        return new SiteService.SiteDraft(tenantId, name, address, contactName, contactEmail, contactPhone);
    }
}
