/**
 * Tenants: the manufacturer's platform tenant and the enterprise customers it serves.
 * Tenants are platform-owned rows; every tenant-owned entity elsewhere refers to one by id.
 */
package io.tresor.domain.tenant;
