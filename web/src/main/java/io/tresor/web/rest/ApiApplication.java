package io.tresor.web.rest;

import io.tresor.application.identity.Scopes;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlow;
import org.eclipse.microprofile.openapi.annotations.security.OAuthFlows;
import org.eclipse.microprofile.openapi.annotations.security.OAuthScope;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The integrator API under {@code /api/v1}. Its contract is {@code /openapi}: operations from the
 * annotations of the resources, schemas from {@code META-INF/openapi.yaml} (the records the
 * resources answer with), servers and common refusals from {@link OpenApiContract}.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(info = @Info(title = ApiApplication.TITLE, version = ApiApplication.VERSION,
        description = "REST API of Tresor for integrators (CRM, ERP, field service): the installed base, devices, "
                + "tenants and the audit trail. Tokens come from the OAuth2 client-credentials grant; every "
                + "operation names the scope it needs. Refusals are application/problem+json (RFC 9457) with a "
                + "stable code.",
        contact = @Contact(name = "Tresor")))
@SecurityScheme(securitySchemeName = Api.OAUTH2, type = SecuritySchemeType.OAUTH2,
        description = "OAuth2 client credentials; the token is an ES256 JWT valid for at most 15 minutes",
        flows = @OAuthFlows(clientCredentials = @OAuthFlow(tokenUrl = ApiApplication.TOKEN_PATH, scopes = {
            @OAuthScope(name = Scopes.ASSETS_READ, description = "Read asset types, sites and assets"),
            @OAuthScope(name = Scopes.ASSETS_WRITE, description = "Register and change asset types, sites and assets"),
            @OAuthScope(name = Scopes.DEVICES_READ, description = "Read devices and enrollment groups"),
            @OAuthScope(name = Scopes.DEVICES_WRITE, description = "Register devices, change their lifecycle, manage enrollment groups"),
            @OAuthScope(name = Scopes.TELEMETRY_READ, description = "Read telemetry"),
            @OAuthScope(name = Scopes.TELEMETRY_WRITE, description = "Write telemetry"),
            @OAuthScope(name = Scopes.FIRMWARE_READ, description = "Read firmware campaigns"),
            @OAuthScope(name = Scopes.FIRMWARE_WRITE, description = "Manage firmware campaigns"),
            @OAuthScope(name = Scopes.CONSENT_READ, description = "Read consents"),
            @OAuthScope(name = Scopes.CONSENT_WRITE, description = "Grant and withdraw consents"),
            @OAuthScope(name = Scopes.PRIVACY_READ, description = "Read data-subject requests"),
            @OAuthScope(name = Scopes.PRIVACY_WRITE, description = "File data-subject requests"),
            @OAuthScope(name = Scopes.AUDIT_READ, description = "Read, verify and export the audit trail"),
            @OAuthScope(name = Scopes.TENANTS_READ, description = "Read the tenant directory")})))
@SecurityScheme(securitySchemeName = "clientSecretBasic", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "The client's id and secret at the token endpoint (RFC 6749 section 2.3.1)")
@SecurityScheme(securitySchemeName = "deviceEnrollment", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "deviceId:enrollmentToken, the device's one-time enrollment token")
public class ApiApplication extends Application {

    public static final String TITLE = "Tresor API";
    /** The contract's version; the path's v1 changes only with an incompatible contract. */
    public static final String VERSION = "1.0.0";
    public static final String TOKEN_PATH = "/api/v1/oauth/token";

    /**
     * No WADL: {@code /openapi} is the contract, and Jersey's generated WADL resource (and its
     * answers to OPTIONS) would be an operation that declares no scope.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
