package io.tresor.domain.crypto;

/**
 * What the persistence layer needs from the cipher service; implemented in the EJB module and
 * found through CDI, because entities and their listener cannot depend on services.
 */
public interface PersonalDataGuard {

    /** Encrypts a value under the subject's data key, bound to its record and field. */
    String seal(String plain, PersonalData owner, String field);

    /** Decrypts for the stated purpose (audited where required); {@link Personal#ERASED} if the key is gone. */
    String open(String sealed, PersonalData owner, String field, Purpose purpose);

    /** The blind index of a value; see {@link BlindIndexed}. */
    String blindIndex(String plain, String tenantId, BlindIndexed.Scope scope, String field);
}
