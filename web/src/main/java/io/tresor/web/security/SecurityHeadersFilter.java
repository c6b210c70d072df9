package io.tresor.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Security headers on every response the application sends (pages, resources, API).
 * Faces pages get their Content-Security-Policy from PrimeFaces, which appends the
 * request's script nonce to the page policy (web.xml {@code primefaces.CSP_POLICY}); a second
 * policy would be enforced as well and block the nonce scripts, so machine channels alone
 * get the deny-all policy here.
 */
@WebFilter(filterName = "securityHeaders", urlPatterns = "/*", asyncSupported = true)
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** For everything that is not a Faces page: nothing may run, load or frame it. */
    static final String POLICY = "default-src 'none'; img-src 'self' data:; style-src 'self'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /**
     * Also called by the authentication mechanism, which answers refused API calls itself
     * before any filter runs.
     */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (isMachineChannel(request)) {
            response.setHeader("Content-Security-Policy", POLICY);
        }
        if (!request.getRequestURI().contains("/jakarta.faces.resource/")) {
            // Pages and API answers are per user: never cache them, so Back after logout shows nothing.
            response.setHeader("Cache-Control", "no-store");
        }
    }

    /**
     * API, well-known documents, PKI downloads and the health, metrics and OpenAPI documents
     * (which Payara serves through this filter because the application sits at /) are never pages. Everything else may end in
     * a Faces page, error pages for unknown URLs included, whose policy PrimeFaces sets.
     */
    private static boolean isMachineChannel(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/") || path.startsWith("/.well-known/") || path.startsWith("/pki/")
                || path.startsWith("/soap/") || path.startsWith("/health") || path.startsWith("/metrics")
                || path.startsWith("/openapi");
    }
}
