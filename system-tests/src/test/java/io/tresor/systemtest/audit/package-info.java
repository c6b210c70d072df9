/**
 * The audit trail from outside: what integrators read through {@code /api/v1/audit}, and on
 * PostgreSQL what the database itself refuses and what verification finds after tampering.
 */
package io.tresor.systemtest.audit;
