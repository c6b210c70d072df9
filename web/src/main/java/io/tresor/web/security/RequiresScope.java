package io.tresor.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The OAuth2 scope an integrator token must carry to call a REST resource method or a SOAP
 * operation. Every operation of both channels declares it, or says with {@link AnyScope} or
 * {@link Public} why it needs none: the REST scope filter and the SOAP gate refuse a bearer
 * token on an operation that declares neither (deny by default), and a unit test fails on it.
 * Declared on the method itself, never inherited from the class, so that a write method added
 * to a read-only resource cannot slip in with the read scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresScope {
    /** One of {@link io.tresor.application.identity.Scopes}. */
    String value();
}
