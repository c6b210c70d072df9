package io.tresor.domain.crypto;

/**
 * An entity that holds {@link Personal} attributes. It names the data subject whose data key
 * encrypts them and the row they are bound to, so a value copied elsewhere does not open.
 */
public interface PersonalData {

    /** The tenant whose key wraps the subject's data key. */
    String personalTenantId();

    /** The person the values are about; one data key per subject, destroyed on erasure. */
    String personalSubjectId();

    /**
     * The record type bound into each ciphertext. Entities that map the same table must return
     * the same name, so either of them can open the values.
     */
    String personalRecordType();

    /** The row bound into each ciphertext. */
    String personalRecordId();
}
