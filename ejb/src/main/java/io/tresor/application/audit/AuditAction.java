package io.tresor.application.audit;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every action the audit trail records: the one catalogue that writers ({@link AuditRecord#of})
 * and watchers (the security watch, searches) name actions by, so that no action is spelled twice
 * and a literal cannot be written at all.
 *
 * <p>The {@link #value() names} are written into the hash chain and into every export: a name
 * once written never changes, and none is ever reused for something else. A new action's name
 * follows the style of most: {@code <thing>.<what-happened>}, both in lower-case kebab case, the
 * thing being the capability's noun (or the part of it, {@code asset-type}) and what happened a
 * past participle, preceded by a noun where the thing is not what changed
 * ({@code asset.registered}, {@code client.secret-rotated}, {@code device.enrollment-refused}).
 * A refusal that is audited is its own action ({@code ...-refused}), a failure of an attempt is
 * the attempt's action with a failed outcome. {@code sign-in} predates the style and stays.
 */
public enum AuditAction {

    // Sign-in, tokens, credentials and invitations (identity).
    SIGN_IN("sign-in"),
    TOKEN_ISSUED("token.issued"),
    PASSWORD_CHANGED("password.changed"),
    MFA_ENROLLED("mfa.enrolled"),
    MFA_DISABLED("mfa.disabled"),
    MFA_RECOVERY_CODES_RENEWED("mfa.recovery-codes-renewed"),
    INVITATION_ACCEPTED("invitation.accepted"),
    USER_INVITED("user.invited"),
    USER_ENABLED("user.enabled"),
    USER_DISABLED("user.disabled"),
    USER_ROLES_CHANGED("user.roles-changed"),
    CLIENT_CREATED("client.created"),
    CLIENT_ENABLED("client.enabled"),
    CLIENT_DISABLED("client.disabled"),
    CLIENT_SECRET_ROTATED("client.secret-rotated"),

    // Tenants and the system reach (tenant).
    TENANT_CREATED("tenant.created"),
    TENANT_SUSPENDED("tenant.suspended"),
    TENANT_REACTIVATED("tenant.reactivated"),
    TENANT_SYSTEM_REACH_USED("tenant.system-reach-used"),

    // The installed base (asset).
    ASSET_TYPE_CREATED("asset-type.created"),
    ASSET_TYPE_SCHEMA_CHANGED("asset-type.schema-changed"),
    ASSET_DOCUMENT_UPLOADED("asset-document.uploaded"),
    ASSET_DOCUMENT_DELETED("asset-document.deleted"),
    SITE_CREATED("site.created"),
    SITE_CHANGED("site.changed"),
    ASSET_REGISTERED("asset.registered"),
    ASSET_IMPORTED("asset.imported"),
    ASSET_MOVED("asset.moved"),
    ASSET_RELOCATED("asset.relocated"),
    ASSET_STATUS_CHANGED("asset.status-changed"),

    // Devices and enrollment groups (device).
    DEVICE_REGISTERED("device.registered"),
    DEVICE_ENROLLMENT_TOKEN_ISSUED("device.enrollment-token-issued"),
    DEVICE_ENROLLED("device.enrolled"),
    DEVICE_ENROLLMENT_REFUSED("device.enrollment-refused"),
    DEVICE_RENEWED("device.renewed"),
    DEVICE_RENEWAL_REFUSED("device.renewal-refused"),
    DEVICE_ACTIVATED("device.activated"),
    DEVICE_AUTHENTICATION_REFUSED("device.authentication-refused"),
    DEVICE_SUSPENDED("device.suspended"),
    DEVICE_RESUMED("device.resumed"),
    DEVICE_REVOKED("device.revoked"),
    DEVICE_DECOMMISSIONED("device.decommissioned"),
    ENROLLMENT_GROUP_CREATED("enrollment-group.created"),
    ENROLLMENT_GROUP_DISABLED("enrollment-group.disabled"),

    // Keys (crypto).
    KEY_MASTER_ROTATED("key.master-rotated"),
    KEY_TENANT_ROTATED("key.tenant-rotated"),
    KEY_ROTATION_RESUMED("key.rotation-resumed"),
    KEY_TENANT_ERASED("key.tenant-erased"),
    KEY_SUBJECT_ERASED("key.subject-erased"),

    // Reads of personal data, the trail itself, the watch and the platform (audit, security, platform).
    PERSONAL_DATA_READ("personal-data.read"),
    AUDIT_VERIFIED("audit.verified"),
    AUDIT_EXPORTED("audit.exported"),
    SECURITY_EVENT_RAISED("security.event-raised"),
    SYSTEM_STARTED("system.started");

    private static final Map<String, AuditAction> BY_VALUE = Arrays.stream(values())
            .collect(Collectors.toMap(AuditAction::value, Function.identity()));

    private final String value;

    AuditAction(String value) {
        this.value = value;
    }

    /** The name as the trail records it. */
    public String value() {
        return value;
    }

    /** The action of a recorded name, if it is one of the catalogue's. */
    public static Optional<AuditAction> of(String value) {
        return Optional.ofNullable(BY_VALUE.get(value));
    }

    @Override
    public String toString() {
        return value;
    }
}
