package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetService;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/** A new asset: of a customer, of a type, with its serial number; optionally at a site, installed on a day. */
public record AssetDraft(@NotNull String tenantId, @NotNull String assetTypeId, @NotNull String serialNumber,
                         String siteId, LocalDate installedOn) {

    AssetService.AssetDraft toService() {
        return new AssetService.AssetDraft(tenantId, assetTypeId, serialNumber, siteId, installedOn);
    }
}
