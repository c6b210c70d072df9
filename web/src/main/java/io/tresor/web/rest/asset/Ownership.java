package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetService.OwnershipPeriod;
import java.time.Instant;

/** A period in which a customer owned an asset; {@code until} is absent for the current owner. */
public record Ownership(String tenantId, Instant from, Instant until) {

    static Ownership of(OwnershipPeriod p) {
        return new Ownership(p.tenantId(), p.from(), p.until());
    }
}
