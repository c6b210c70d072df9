package io.tresor.domain.asset;

/** Where an asset is in its life; a decommissioned asset accepts no new devices. */
public enum AssetStatus {
    IN_OPERATION, MAINTENANCE, OUT_OF_SERVICE, DECOMMISSIONED
}
