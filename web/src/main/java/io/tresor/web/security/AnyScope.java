package io.tresor.web.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Deliberately open to every valid bearer token, whatever its scopes (e.g. {@code /me}, which
 * only tells the caller about its own token). The reason is part of the declaration, so that a
 * reviewer sees why the operation needs no scope.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface AnyScope {
    /** Why any token may call it. */
    String reason();
}
