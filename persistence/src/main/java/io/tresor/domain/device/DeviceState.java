package io.tresor.domain.device;

/**
 * A device's lifecycle: registered (known, waiting for its credential), enrolled (holds a
 * certificate), active (has connected), suspended (refused for now), revoked (its credential is
 * void for good), decommissioned (taken out of service).
 */
public enum DeviceState {
    REGISTERED, ENROLLED, ACTIVE, SUSPENDED, REVOKED, DECOMMISSIONED;

    /** Whether the device may still get a credential or connect later on. */
    public boolean isFinal() {
        return this == REVOKED || this == DECOMMISSIONED;
    }
}
