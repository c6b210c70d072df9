package io.tresor.application.shared;

import jakarta.enterprise.util.Nonbinding;
import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a service method (or every method of a service) under a system job's reach instead of
 * the caller's, in the method's own transaction. The one way a service reaches across tenants;
 * the README lists every place it is used.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SystemReach {

    @Nonbinding
    SystemJob value();
}
