package io.tresor.domain.tenant;

/** A suspended tenant's users and integrators cannot sign in; its data stays untouched. */
public enum TenantStatus {
    ACTIVE,
    SUSPENDED
}
