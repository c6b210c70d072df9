package io.tresor.application.shared;

/**
 * The paths that work across tenants without a caller who reaches them: background jobs, and
 * lookups that must find an account, a client or a device before anyone is signed in. Each runs
 * under {@link Reach#system(SystemJob)}, granted by {@link TenantData#system(SystemJob)} and
 * audited the first time it is used after a start ({@code reach.system-job}). The README lists
 * them; a new cross-tenant path needs a new, named entry here.
 */
public enum SystemJob {

    /** Sign-in, invitations, integrator tokens, device authentication and enrollment: finds the account, client or device by its credential. */
    AUTHENTICATION("finds the account, integrator client or device a credential belongs to, before anyone is signed in"),

    /** The cipher service's key ring: loads and creates tenant, data and index keys (the key tables hold every tenant's). */
    KEY_RING("loads and creates the wrapped tenant, data and index keys the cipher service needs"),

    /** Key rotation and crypto-shredding in small transactions, also resumed at start-up. */
    KEY_MAINTENANCE("re-wraps keys after a rotation and destroys keys for an erasure"),

    /** The audit chainer, its signed checkpoints and the SIEM forwarders, which follow the whole trail. */
    AUDIT_CHAIN("links new audit events into the hash chain, signs checkpoints and forwards the trail to the SIEM"),

    /** Verification walks the whole chain (every tenant's events) and reveals only its verdict. */
    AUDIT_VERIFICATION("walks the whole audit chain to verify it; only the verdict and the first broken event's number are shown"),

    /** The security watch counts events across tenants (failed sign-ins of one source hit many). */
    SECURITY_WATCH("counts failed sign-ins, refused tokens and personal-data reads for security events"),

    /** The first start of an installation: the platform admin and, with --demo, the demo tenants and installed base. */
    FIRST_START("creates the platform admin and, with --demo, the demo tenants, people and installed base"),

    /** The public certificate revocation list names the revoked certificates of every tenant's devices. */
    CERTIFICATE_REVOCATION_LIST("lists the revoked device certificates of every tenant for the public CRL");

    private final String description;

    SystemJob(String description) {
        this.description = description;
    }

    /** What the job does, as the README and the audit event say it. */
    public String description() {
        return description;
    }
}
