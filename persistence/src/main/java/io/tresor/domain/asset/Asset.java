package io.tresor.domain.asset;

import io.tresor.domain.shared.TenantOwned;
import io.tresor.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An installed machine: one serial number of one asset type, owned by a customer, optionally
 * at one of its sites. Moving it to another customer closes the current ownership period and
 * opens the next; the caller persists the period this returns.
 */
@Entity
@Table(name = "asset")
@NamedQuery(name = "Asset.bySerial",
        query = "SELECT a FROM Asset a WHERE a.assetTypeId = :assetTypeId AND a.serialNumber = :serialNumber")
@NamedQuery(name = "Asset.countAtSite", query = "SELECT COUNT(a) FROM Asset a WHERE a.siteId = :siteId")
@NamedQuery(name = "Asset.countOfType", query = "SELECT COUNT(a) FROM Asset a WHERE a.assetTypeId = :assetTypeId")
public class Asset extends TenantOwned {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "asset_type_id", nullable = false, length = 36)
    private String assetTypeId;

    @Column(name = "serial_number", nullable = false, length = 100)
    private String serialNumber;

    /** The serial number in upper case, for the case-insensitive prefix search an index can serve. */
    @Column(name = "serial_key", nullable = false, length = 100)
    private String serialKey;

    @Column(name = "site_id", length = 36)
    private String siteId;

    @Column(name = "installed_on")
    private LocalDate installedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssetStatus status;

    @Column(name = "firmware_version", length = 100)
    private String firmwareVersion;

    @Column(name = "last_seen_at")
    private Instant lastSeenAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected Asset() {
    }

    public Asset(String tenantId, AssetType type, String serialNumber, String siteId, LocalDate installedOn, Instant now) {
        super(tenantId);
        this.id = Ids.newId();
        this.assetTypeId = Objects.requireNonNull(type, "type").getId();
        this.serialNumber = Texts.required(serialNumber, 100, "An asset needs a serial number");
        this.serialKey = serialKey(this.serialNumber);
        this.siteId = siteId;
        this.installedOn = installedOn;
        this.status = AssetStatus.IN_OPERATION;
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    /** How serial numbers are compared when searched: case does not matter. */
    public static String serialKey(String serialNumber) {
        return serialNumber.strip().toUpperCase(java.util.Locale.ROOT);
    }

    /** The first ownership period, from the asset's registration. */
    public AssetOwnership firstOwnership() {
        return new AssetOwnership(id, getTenantId(), createdAt);
    }

    /**
     * Hands the asset to another customer: ends {@code current} and returns the new period.
     * The site belonged to the previous owner, so the asset has none until the new one sets it.
     */
    public AssetOwnership moveTo(String newTenantId, AssetOwnership current, Instant at) {
        Objects.requireNonNull(newTenantId, "newTenantId");
        if (newTenantId.equals(getTenantId())) {
            throw new IllegalArgumentException("The asset already belongs to this customer");
        }
        if (status == AssetStatus.DECOMMISSIONED) {
            throw new IllegalStateException("A decommissioned asset cannot move to another customer");
        }
        current.end(at);
        changeTenant(newTenantId);
        siteId = null;
        return new AssetOwnership(id, newTenantId, at);
    }

    public void placeAt(String newSiteId) {
        this.siteId = newSiteId;
    }

    public void installedOn(LocalDate date) {
        this.installedOn = date;
    }

    public void changeStatus(AssetStatus newStatus) {
        if (status == AssetStatus.DECOMMISSIONED && newStatus != AssetStatus.DECOMMISSIONED) {
            throw new IllegalStateException("A decommissioned asset stays decommissioned");
        }
        this.status = Objects.requireNonNull(newStatus, "status");
    }

    /** What the asset's device last reported: it was seen, running this firmware. */
    public void seen(Instant at, String reportedFirmware) {
        if (lastSeenAt == null || at.isAfter(lastSeenAt)) {
            lastSeenAt = at;
        }
        if (reportedFirmware != null && !reportedFirmware.isBlank()) {
            firmwareVersion = Texts.optional(reportedFirmware, 100, "The firmware version is too long");
        }
    }

    public String getId() {
        return id;
    }

    public String getAssetTypeId() {
        return assetTypeId;
    }

    public String getSerialNumber() {
        return serialNumber;
    }

    public String getSiteId() {
        return siteId;
    }

    public LocalDate getInstalledOn() {
        return installedOn;
    }

    public AssetStatus getStatus() {
        return status;
    }

    public String getFirmwareVersion() {
        return firmwareVersion;
    }

    public Instant getLastSeenAt() {
        return lastSeenAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Asset other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
