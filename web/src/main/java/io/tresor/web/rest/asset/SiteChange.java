package io.tresor.web.rest.asset;

import io.tresor.application.asset.SiteService;
import jakarta.validation.constraints.NotNull;

/** A site's new name, address and contact, replacing the old ones whole (a site stays with its customer). */
public record SiteChange(@NotNull String name, String address, String contactName, String contactEmail,
                         String contactPhone) {

    SiteService.SiteDraft toService() {
        return new SiteService.SiteDraft(null, name, address, contactName, contactEmail, contactPhone);
    }
}
