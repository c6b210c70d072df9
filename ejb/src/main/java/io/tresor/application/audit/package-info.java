/**
 * The tamper-evident audit trail: every service records what happened through {@link
 * io.tresor.application.audit.Audit}; events are written with the transaction they describe,
 * hash-chained, signed at checkpoints, searchable and verifiable by auditors.
 */
package io.tresor.application.audit;
