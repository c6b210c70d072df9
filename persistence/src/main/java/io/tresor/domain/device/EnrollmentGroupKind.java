package io.tresor.domain.device;

/**
 * How devices of an enrollment group prove who they are: with a certificate chained to the
 * group's factory CA, or with a token signed by a key derived from the group key.
 */
public enum EnrollmentGroupKind {
    X509, SYMMETRIC
}
