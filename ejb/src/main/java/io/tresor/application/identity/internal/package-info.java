/**
 * Credential mechanics behind the identity services: password hashing and policy, TOTP,
 * recovery codes, QR rendering, random secrets and address allow-lists. Plain,
 * container-free helpers; only the identity services in this module may depend on them,
 * so stored formats and parameters can change in one place.
 */
package io.tresor.application.identity.internal;
