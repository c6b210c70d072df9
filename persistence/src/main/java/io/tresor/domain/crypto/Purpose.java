package io.tresor.domain.crypto;

/**
 * Why personal data is decrypted. Every decryption states one; decryptions outside the
 * subject's own session are audited with it, so the trail answers "who read whose data, why".
 */
public enum Purpose {
    /** Signing in, sending sign-in mails: the system acting for the person. */
    SIGN_IN,
    /** The person looking at or changing their own profile. */
    SELF_SERVICE,
    /** A tenant's administrator managing the people of the tenant. */
    ACCOUNT_ADMINISTRATION,
    /** Platform or customer support looking into a case. */
    SUPPORT,
    /** The manufacturer's service reaching a site's contact about a machine there. */
    SERVICE,
    /** Invoicing and contract matters. */
    BILLING,
    /** Answering a data-subject access request (export). */
    DSR_EXPORT,
    /** Sending a message the person asked for or must receive. */
    NOTIFICATION;

    /** Whether each decryption for this purpose by someone other than the subject is audited. */
    public boolean auditedPerRead() {
        return this != SIGN_IN;
    }
}
