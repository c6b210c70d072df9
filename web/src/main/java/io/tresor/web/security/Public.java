package io.tresor.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deliberately reachable without a bearer token (the token endpoint itself, devices enrolling
 * with their one-time token or renewing with a signed request): the method checks its own
 * credential. Only paths that {@link TresorAuthenticationMechanism#bearerFree} lets through may
 * carry it; a unit test holds the two together.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {
    /** Why no bearer token is asked for, and what the method checks instead. */
    String reason();
}
