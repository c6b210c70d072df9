/**
 * What every capability may depend on and which depends on none of them: the settings and the
 * data directory's secret files, the caller principal, random identifiers, the start-up state,
 * the base of expected refusals ({@link Refused}) and the paging types of service contracts,
 * and the tenant data layer ({@link TenantData}) through which every read and write of
 * tenant-owned data passes with the caller's {@link Reach}, with the named system jobs that
 * reach across tenants.
 */
package io.tresor.application.shared;
