/**
 * How the trail is stored: a per-transaction buffer, the single chainer that links events and
 * writes signed checkpoints, the verifier and the queries. Only the audit services use it.
 */
package io.tresor.application.audit.internal;
