package io.tresor.domain.device;

/** A device certificate is valid until it is revoked, or superseded by its renewal. */
public enum CertificateStatus {
    VALID, SUPERSEDED, REVOKED
}
