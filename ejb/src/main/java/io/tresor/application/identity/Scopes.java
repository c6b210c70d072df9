package io.tresor.application.identity;

import java.util.List;
import java.util.Set;

/**
 * OAuth2 scopes, named {@code <capability>:read|write}. Manufacturer clients may hold every
 * scope; a customer's clients only those that make sense inside one customer.
 */
public final class Scopes {

    public static final String ASSETS_READ = "assets:read";
    public static final String ASSETS_WRITE = "assets:write";
    public static final String DEVICES_READ = "devices:read";
    public static final String DEVICES_WRITE = "devices:write";
    public static final String TELEMETRY_READ = "telemetry:read";
    public static final String TELEMETRY_WRITE = "telemetry:write";
    public static final String FIRMWARE_READ = "firmware:read";
    public static final String FIRMWARE_WRITE = "firmware:write";
    public static final String CONSENT_READ = "consent:read";
    public static final String CONSENT_WRITE = "consent:write";
    public static final String PRIVACY_READ = "privacy:read";
    public static final String PRIVACY_WRITE = "privacy:write";
    public static final String AUDIT_READ = "audit:read";
    /** Tenant directory: the manufacturer's CRM maps its accounts to Tresor tenants. */
    public static final String TENANTS_READ = "tenants:read";

    /** Every scope, in the order the README lists them. */
    public static final List<String> MANUFACTURER = List.of(ASSETS_READ, ASSETS_WRITE, DEVICES_READ, DEVICES_WRITE,
            TELEMETRY_READ, TELEMETRY_WRITE, FIRMWARE_READ, FIRMWARE_WRITE, CONSENT_READ, CONSENT_WRITE,
            PRIVACY_READ, PRIVACY_WRITE, AUDIT_READ, TENANTS_READ);

    /** What a customer's own integration (CRM, ERP) may do within its tenant. */
    public static final List<String> CUSTOMER = List.of(ASSETS_READ, DEVICES_READ, TELEMETRY_READ,
            CONSENT_READ, CONSENT_WRITE, PRIVACY_READ, PRIVACY_WRITE, AUDIT_READ, TENANTS_READ);

    private Scopes() {
    }

    public static boolean allowedFor(boolean platformTenant, Set<String> scopes) {
        return (platformTenant ? MANUFACTURER : CUSTOMER).containsAll(scopes);
    }
}
