package io.tresor.web.pki;

import io.tresor.application.device.DeviceEnrollment;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /pki/ca} (issuing and root CA, PEM) and {@code GET /pki/crl} (the current CRL, DER). */
@WebServlet({"/pki/ca", "/pki/crl"})
public class PkiServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient DeviceEnrollment pki;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        byte[] body;
        if (request.getServletPath().endsWith("/crl")) {
            response.setContentType("application/pkix-crl");
            // Fresh after every revocation: a cached CRL would let a revoked device back in.
            response.setHeader("Cache-Control", "no-cache");
            body = pki.crl();
        } else {
            response.setContentType("application/pem-certificate-chain");
            response.setHeader("Cache-Control", "public, max-age=3600");
            body = pki.caChainPem().getBytes(StandardCharsets.US_ASCII);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
