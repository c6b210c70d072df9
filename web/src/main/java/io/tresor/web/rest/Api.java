package io.tresor.web.rest;

/**
 * Names the OpenAPI annotations of the resources share: media types, the security scheme and the
 * static schemas of {@code META-INF/openapi.yaml} they refer to.
 */
public final class Api {

    public static final String JSON = "application/json";
    public static final String PROBLEM = "application/problem+json";
    /** The OAuth2 client-credentials scheme of {@link ApiApplication}. */
    public static final String OAUTH2 = "oauth2";
    /** The problem document schema; every refusal has it. */
    public static final String PROBLEM_SCHEMA = "Problem";

    private Api() {
    }
}
