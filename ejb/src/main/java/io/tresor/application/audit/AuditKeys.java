package io.tresor.application.audit;

import java.security.PublicKey;

/**
 * What the audit trail needs of the crypto capability, which implements it: the trail depends
 * on this interface only, so that crypto can audit its own work without a cycle between them.
 */
public interface AuditKeys {

    /** The pseudonym of a source address: equal addresses give equal pseudonyms, the address is not kept. */
    String sourcePseudonym(String address);

    /** The public key that verifies checkpoints; the private key never leaves the crypto capability. */
    PublicKey checkpointPublicKey();

    /** An ECDSA P-256 (SHA256withECDSA, DER) signature of a checkpoint's input. */
    byte[] signCheckpoint(byte[] input);
}
