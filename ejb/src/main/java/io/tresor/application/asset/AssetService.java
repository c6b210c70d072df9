package io.tresor.application.asset;

import io.tresor.domain.asset.AssetStatus;
import io.tresor.application.shared.PageRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Customers' assets: paged and filtered in the database, registered and moved between
 * customers by the manufacturer's side, seen read-only by the owning customer.
 */
public interface AssetService {

    record AssetView(String id, String serialNumber, String assetTypeId, String assetTypeName, String tenantId,
                     String siteId, LocalDate installedOn, String status, String firmwareVersion, Instant lastSeenAt) {
    }

    record OwnershipPeriod(String tenantId, Instant from, Instant until) {
    }

    record AssetDraft(String tenantId, String assetTypeId, String serialNumber, String siteId, LocalDate installedOn) {
    }

    /** The statuses an asset can have, in their lifecycle's order. */
    List<String> STATUSES = Arrays.stream(AssetStatus.values()).map(Enum::name).toList();

    /** What can be sorted by. */
    enum Sort { SERIAL_NUMBER, ASSET_TYPE, STATUS, INSTALLED_ON, LAST_SEEN }

    /**
     * Filters of a page; null means "any". {@code serialNumber} matches a prefix, case-insensitively.
     * {@code tenantId} narrows the platform side's view; a customer is always confined to itself.
     */
    record Query(String tenantId, String assetTypeId, String siteId, String status, String serialNumber,
                 Sort sort, boolean ascending, @NotNull @Valid PageRequest page) {
    }

    record Page(List<AssetView> items, long total) {
    }

    Page page(Query query) throws InstalledBaseException;

    /** How many assets match the query's filters (paging and sorting ignored), for lazy tables. */
    long count(Query query) throws InstalledBaseException;

    AssetView get(String id) throws InstalledBaseException;

    List<OwnershipPeriod> ownership(String id) throws InstalledBaseException;

    AssetView register(AssetDraft draft) throws InstalledBaseException;

    /** Hands an asset (and its devices) to another customer, closing the current ownership period. */
    AssetView move(String id, String newTenantId) throws InstalledBaseException;

    AssetView changeStatus(String id, String status) throws InstalledBaseException;

    /** Where the asset stands (one of its owner's sites, or none) and when it was installed. */
    AssetView relocate(String id, String siteId, LocalDate installedOn) throws InstalledBaseException;
}
