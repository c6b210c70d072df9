package io.tresor.domain.tenant;

/** The manufacturer runs the platform; customers are the enterprises it serves. */
public enum TenantKind {
    PLATFORM,
    CUSTOMER
}
