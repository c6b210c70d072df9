package io.tresor.domain.identity;

import java.util.EnumSet;
import java.util.Set;

/**
 * The roles of DESIGN.md. The names are the security groups the container sees, so they
 * must match the role names in {@code @RolesAllowed} and web.xml exactly.
 */
public enum Role {
    CUSTOMER_USER(Side.CUSTOMER, false),
    CUSTOMER_ADMIN(Side.CUSTOMER, true),
    CLERK(Side.PLATFORM, true),
    AUDITOR(Side.PLATFORM, true),
    OPERATOR(Side.PLATFORM, true),
    PLATFORM_ADMIN(Side.PLATFORM, true),
    INTEGRATOR(Side.ANY, false);

    /** Which kind of tenant a role belongs to; a customer's staff never get platform roles. */
    public enum Side { PLATFORM, CUSTOMER, ANY }

    private final Side side;
    private final boolean mfaMandatory;

    Role(Side side, boolean mfaMandatory) {
        this.side = side;
        this.mfaMandatory = mfaMandatory;
    }

    public Side side() {
        return side;
    }

    public boolean mfaMandatory() {
        return mfaMandatory;
    }

    /** Roles a person (not a machine client) can hold. */
    public static Set<Role> personRoles() {
        return EnumSet.complementOf(EnumSet.of(INTEGRATOR));
    }
}
