package io.tresor.web.security;

import io.tresor.application.identity.ApiAccess;
import io.tresor.application.identity.SignInService;
import io.tresor.application.identity.TokenService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The application's one authentication mechanism (Jakarta Security 3 allows one per
 * application), split by channel: {@code /api/*} and {@code /soap/*} are stateless bearer-JWT
 * (refused as problem+json and as SOAP faults respectively), everything else is the portal
 * session that the sign-in pages establish after password and TOTP.
 *
 * <p>The WSDL of a SOAP service ({@code GET ?wsdl}, and {@code ?xsd=n} for its schemas) is
 * public, as {@code /openapi} is for REST: it describes the contract and holds no data, and
 * integrators' tools (wsimport, SoapUI, ERP import wizards) fetch it without a token.
 */
@ApplicationScoped
public class TresorAuthenticationMechanism implements HttpAuthenticationMechanism {

    static final String LOGIN_PAGE = "/login.xhtml";
    private static final Set<String> PUBLIC_API = Set.of("/api/v1/oauth/token");
    /**
     * Devices enroll with their one-time token (HTTP Basic) and renew with a request signed by
     * their current certificate's key; the enrollment and renewal resources check those.
     */
    private static final Pattern ENROLLMENT = Pattern.compile("/api/v1/devices/[^/]+/(enroll|renew)");
    private static final Pattern SERVICE_DESCRIPTION = Pattern.compile("(?i)wsdl|xsd=\\d{1,3}");

    /**
     * How a channel words a refusal of the mechanism itself, before any service runs:
     * {@link Problems#write} or {@link SoapFaults#write}.
     */
    @FunctionalInterface
    private interface RefusalWriter {
        void write(HttpServletResponse response, int status, String title, String detail, String code) throws IOException;
    }

    @Inject
    TokenService tokens;

    @Inject
    SignInService signIn;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        SecurityHeadersFilter.apply(request, response);
        try {
            if (path.startsWith("/api/")) {
                if (bearerFree(path)) {
                    return context.doNothing();
                }
                return bearer(request, response, context, Problems::write);
            }
            if (path.startsWith("/soap/")) {
                if (isServiceDescription(request)) {
                    return context.doNothing();
                }
                return bearer(request, response, context, SoapFaults::write);
            }
            return portal(path, request, response, context);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot answer an authentication request", e);
        }
    }

    /**
     * Whether an API path is reached without a bearer token: the token endpoint, and enrollment
     * and renewal, whose resources check the device's own credential. Their methods say so with
     * {@link Public}; every other path needs a valid bearer token before JAX-RS sees the request.
     */
    public static boolean bearerFree(String path) {
        return PUBLIC_API.contains(path) || ENROLLMENT.matcher(path).matches();
    }

    private static boolean isServiceDescription(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) && request.getQueryString() != null
                && SERVICE_DESCRIPTION.matcher(request.getQueryString()).matches();
    }

    private AuthenticationStatus bearer(HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context, RefusalWriter refusal) throws IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tresor\"");
            refusal.write(response, 401, "Unauthorized", "A bearer token is required", "token.missing");
            return AuthenticationStatus.SEND_FAILURE;
        }
        ApiAccess access = tokens.authorize(header.substring(7).strip(), request.getRemoteAddr());
        if (access.isGranted()) {
            return context.notifyContainerAboutLogin(access.principal().get(), Set.of("INTEGRATOR"));
        }
        if (access.status() == 401) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"tresor\", error=\"invalid_token\"");
        }
        if (access.status() == 429) {
            response.setHeader("Retry-After", Long.toString(access.retryAfterSeconds()));
        }
        refusal.write(response, access.status(), title(access.status()), access.detail(), code(access.status()));
        return AuthenticationStatus.SEND_FAILURE;
    }

    /** The stable code of a refused token; the token service refuses for exactly these reasons. */
    private static String code(int status) {
        return switch (status) {
            case 401 -> "token.invalid";
            case 403 -> "address.notAllowed";
            case 429 -> "rate.limited";
            default -> "token.refused";
        };
    }

    private static String title(int status) {
        return switch (status) {
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 429 -> "Too Many Requests";
            default -> "Refused";
        };
    }

    private AuthenticationStatus portal(String path, HttpServletRequest request, HttpServletResponse response,
                                        HttpMessageContext context) {
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof SignedIn signedIn) {
            // Fixation defence: the pre-login session id never becomes the signed-in one.
            request.changeSessionId();
            request.getSession().setAttribute(SessionIdentity.ATTRIBUTE, signedIn.identity());
            return context.notifyContainerAboutLogin(signedIn.identity().principal(), signedIn.identity().roles());
        }
        HttpSession session = request.getSession(false);
        SessionIdentity identity = session == null ? null : (SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE);
        if (identity != null) {
            boolean resource = path.startsWith("/jakarta.faces.resource/");
            if (identity.expiredAt(Instant.now()) || (!resource && !signIn.stillAllowed(identity.accountId()))) {
                session.invalidate();
            } else {
                return context.notifyContainerAboutLogin(identity.principal(), identity.roles());
            }
        }
        if (context.isProtected()) {
            return context.redirect(request.getContextPath() + LOGIN_PAGE);
        }
        return context.doNothing();
    }
}
