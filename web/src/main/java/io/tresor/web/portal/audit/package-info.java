/**
 * The audit trail in the portal: auditors search every tenant's events, a customer's admin
 * their own tenant's; both can verify the chain and export a time range for verification elsewhere.
 */
package io.tresor.web.portal.audit;
