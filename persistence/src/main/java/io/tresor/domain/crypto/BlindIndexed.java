package io.tresor.domain.crypto;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a {@link Personal} attribute whose normalised value is also stored as a blind index in
 * the named String attribute of the same entity, so that exact lookups work without decrypting.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface BlindIndexed {

    /** The attribute that receives the index. */
    String into();

    /**
     * INSTALLATION indexes use one key for the whole installation (sign-in by e-mail happens
     * before the tenant is known); TENANT indexes use the tenant's own index key.
     */
    Scope scope() default Scope.TENANT;

    /** Which index key computes the index. */
    enum Scope { TENANT, INSTALLATION }
}
