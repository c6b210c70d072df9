package io.tresor.web.wellknown;

import io.tresor.application.device.DeviceEnrollment;
import io.tresor.application.device.EnrollmentRefused;
import io.tresor.application.shared.Refused;
import io.tresor.web.rest.device.EnrollmentResource;
import io.tresor.web.security.Problems;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * EST (RFC 7030) for standard enrollment clients: {@code GET /.well-known/est/cacerts} answers the
 * issuing and root CA, {@code POST /.well-known/est/simpleenroll} takes a base64 DER PKCS#10
 * request with HTTP Basic {@code deviceId:enrollmentToken} and answers the new certificate, both
 * as base64 certs-only PKCS#7. The enrollment is the one of {@code /api/v1/devices/{id}/enroll}.
 * {@code simplereenroll} is not offered: EST authenticates a re-enrollment by the TLS client
 * certificate, which Tresor's HTTPS listener does not request (see the README's renewal).
 */
@WebServlet("/.well-known/est/*")
public class EstServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** The Basic challenge of a refused enrollment token. */
    private static final String CHALLENGE = "Basic realm=\"tresor-est\"";

    static final String PKCS7 = "application/pkcs7-mime";
    /** Base64 of a request far larger than any CSR; larger bodies are refused unread. */
    private static final int MAX_BODY = 96 * 1024;
    /** RFC 2045 lines, which {@code openssl base64 -d} needs (it refuses one long line). */
    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, new byte[] {'\r', '\n'});

    @Inject
    transient DeviceEnrollment enrollment;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/cacerts".equals(request.getPathInfo())) {
            notOffered(request, response);
            return;
        }
        response.setHeader("Cache-Control", "public, max-age=3600");
        answer(response, PKCS7, enrollment.caCertsPkcs7());
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"/simpleenroll".equals(request.getPathInfo())) {
            notOffered(request, response);
            return;
        }
        String[] credentials = EnrollmentResource.basic(request.getHeader("Authorization"));
        if (credentials == null) {
            unauthorized(response, "HTTP Basic credentials deviceId:enrollmentToken are required");
            return;
        }
        String type = request.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith(EnrollmentResource.PKCS10)) {
            problem(response, 415, "Unsupported Media Type", "The request must be " + EnrollmentResource.PKCS10
                    + " (base64 DER)", EnrollmentRefused.MALFORMED);
            return;
        }
        byte[] der;
        try (InputStream in = request.getInputStream()) {
            byte[] body = in.readNBytes(MAX_BODY + 1);
            if (body.length > MAX_BODY) {
                problem(response, 413, "Content Too Large", "The request is larger than " + MAX_BODY + " bytes",
                        EnrollmentRefused.MALFORMED);
                return;
            }
            der = Base64.getMimeDecoder().decode(body);
        } catch (IllegalArgumentException e) {
            problem(response, 400, "Bad Request", "The body is not base64 (RFC 7030 sends the DER request base64-encoded)",
                    EnrollmentRefused.MALFORMED);
            return;
        }
        try {
            answer(response, PKCS7 + "; smime-type=certs-only", enrollment.enrollDer(credentials[0], credentials[1], der));
        } catch (EnrollmentRefused e) {
            if (e.kind() == Refused.Kind.UNAUTHENTICATED) {
                response.setHeader("WWW-Authenticate", CHALLENGE);
            }
            Problems.write(response, e);
        }
    }

    private static void answer(HttpServletResponse response, String type, byte[] der) throws IOException {
        byte[] body = (BASE64.encodeToString(der) + "\r\n").getBytes(StandardCharsets.US_ASCII);
        response.setContentType(type);
        response.setHeader("Content-Transfer-Encoding", "base64");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    private static void notOffered(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String detail = "/simplereenroll".equals(request.getPathInfo())
                ? "EST re-enrollment needs TLS client authentication, which this endpoint does not use: renew with"
                + " POST /api/v1/devices/{id}/renew (a request signed with the current certificate's key)"
                : "This EST operation is not offered: cacerts (GET) and simpleenroll (POST) are";
        problem(response, 404, "Not Found", detail, "est.notOffered");
    }

    private static void unauthorized(HttpServletResponse response, String detail) throws IOException {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        problem(response, 401, "Unauthorized", detail, EnrollmentRefused.TOKEN_INVALID);
    }

    private static void problem(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Problems.body(status, title, detail).add("code", code).build().toString());
    }
}
