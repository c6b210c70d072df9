package io.tresor.application.tenant;

import jakarta.interceptor.InterceptorBinding;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a change only the manufacturer's side may make (registering assets, devices, asset
 * types): refused for any other caller even if a role or scope let them in. Defence in depth;
 * roles and scopes already keep customers out.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface ManufacturerSide {
}
