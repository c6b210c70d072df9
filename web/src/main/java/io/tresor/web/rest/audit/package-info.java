/**
 * {@code /api/v1/audit}: the audit trail for integrators holding {@code audit:read} (a SIEM or
 * a data-protection tool), paged search and chain verification, confined to the client's tenant.
 */
package io.tresor.web.rest.audit;
