/** Implementations of the tenant services; only the container and this capability use them. */
package io.tresor.application.tenant.internal;
