package io.tresor.application.identity;

/**
 * Role names as compile-time constants for {@code @RolesAllowed}; they equal the names of
 * {@link io.tresor.domain.identity.Role}, which a unit test checks.
 */
public final class Roles {

    public static final String CUSTOMER_USER = "CUSTOMER_USER";
    public static final String CUSTOMER_ADMIN = "CUSTOMER_ADMIN";
    public static final String CLERK = "CLERK";
    public static final String AUDITOR = "AUDITOR";
    public static final String OPERATOR = "OPERATOR";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";
    public static final String INTEGRATOR = "INTEGRATOR";

    private Roles() {
    }
}
