/**
 * Implementations of the installed-base services on the platform unit, each confining its
 * queries to the caller's reach ({@link io.tresor.application.tenant.TenantReach}).
 */
package io.tresor.application.asset.internal;
