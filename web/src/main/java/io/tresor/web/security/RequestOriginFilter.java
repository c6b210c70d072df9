package io.tresor.web.security;

import io.tresor.application.audit.RequestOrigin;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} if it is a sane one, else a new
 * one, echoed in the response) and makes address and id known to the audit trail for the
 * duration of the request, so events can be matched with logs and with the caller's records.
 */
@WebFilter(filterName = "requestOrigin", urlPatterns = "/*", asyncSupported = true)
public class RequestOriginFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._-]{8,40}");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String given = request.getHeader("X-Request-Id");
        String requestId = given != null && SANE_ID.matcher(given).matches() ? given : UUID.randomUUID().toString();
        response.setHeader("X-Request-Id", requestId);
        RequestOrigin.begin(request.getRemoteAddr(), requestId);
        try {
            chain.doFilter(request, response);
        } finally {
            RequestOrigin.end();
        }
    }
}
