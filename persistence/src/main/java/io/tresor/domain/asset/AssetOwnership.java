package io.tresor.domain.asset;

import io.tresor.domain.shared.TenantOwned;
import io.tresor.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** One period in which a customer owned an asset; the current one has no end yet. */
@Entity
@Table(name = "asset_ownership")
@NamedQuery(name = "AssetOwnership.ofAsset",
        query = "SELECT o FROM AssetOwnership o WHERE o.assetId = :assetId ORDER BY o.ownedFrom")
public class AssetOwnership extends TenantOwned {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "asset_id", nullable = false, length = 36)
    private String assetId;

    @Column(name = "owned_from", nullable = false)
    private Instant ownedFrom;

    @Column(name = "owned_until")
    private Instant ownedUntil;

    protected AssetOwnership() {
    }

    AssetOwnership(String assetId, String tenantId, Instant from) {
        super(tenantId);
        this.id = Ids.newId();
        this.assetId = Objects.requireNonNull(assetId, "assetId");
        this.ownedFrom = Objects.requireNonNull(from, "from");
    }

    void end(Instant at) {
        if (ownedUntil == null) {
            ownedUntil = at;
        }
    }

    public String getAssetId() {
        return assetId;
    }

    public Instant getOwnedFrom() {
        return ownedFrom;
    }

    public Instant getOwnedUntil() {
        return ownedUntil;
    }

    public boolean isCurrent() {
        return ownedUntil == null;
    }
}
