/**
 * Tenants and tenant isolation: the platform admin's tenant management, and the interceptor
 * that binds every tenant-scoped service to the caller's tenant. Every capability's services
 * depend on it; it depends only on identity's principal.
 */
package io.tresor.application.tenant;
