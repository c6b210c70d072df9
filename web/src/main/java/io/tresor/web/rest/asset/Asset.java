package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetService.AssetView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An asset as the API answers it; {@code ownership} only in the answer for one asset. */
public record Asset(String id, String serialNumber, String assetTypeId, String assetTypeName, String tenantId,
                    String status, String siteId, LocalDate installedOn, String firmwareVersion, Instant lastSeenAt,
                    List<Ownership> ownership) {

    static Asset of(AssetView a) {
        return of(a, null);
    }

    static Asset of(AssetView a, List<Ownership> ownership) {
        return new Asset(a.id(), a.serialNumber(), a.assetTypeId(), a.assetTypeName(), a.tenantId(), a.status(),
                a.siteId(), a.installedOn(), a.firmwareVersion(), a.lastSeenAt(), ownership);
    }
}
