/**
 * Tenants and tenant isolation: the platform admin's tenant management, and the data layer
 * ({@link io.tresor.application.tenant.TenantData}) through which every read and write of
 * tenant-owned data passes with the caller's {@link io.tresor.application.tenant.Reach}, plus the
 * named system jobs that reach across tenants. Every capability's services depend on it; it
 * depends only on identity's principal.
 */
package io.tresor.application.tenant;
