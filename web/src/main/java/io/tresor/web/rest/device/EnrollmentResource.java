package io.tresor.web.rest.device;

import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.device.DeviceEnrollment;
import io.tresor.application.device.EnrollmentRefused;
import io.tresor.application.shared.Refused;
import io.tresor.web.rest.ProblemResponses;
import io.tresor.web.security.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/devices/{id}/enroll}: a device sends its PKCS#10 request (PEM,
 * {@code application/pkcs10}) with HTTP Basic credentials {@code deviceId:enrollmentToken}
 * and gets its certificate with the CA chain ({@code application/pem-certificate-chain}).
 * No bearer token: the authentication mechanism lets this path through to the token check here.
 */
@Path("devices/{id}/enroll")
@Tag(name = "devices")
public class EnrollmentResource {

    public static final String PKCS10 = "application/pkcs10";
    public static final String PEM_CHAIN = "application/pem-certificate-chain";
    /** The Basic challenge of a refused enrollment token. */
    static final String CHALLENGE = "Basic realm=\"tresor-enrollment\"";

    @Inject
    DeviceEnrollment enrollment;

    @POST
    @Public(reason = "Devices have no bearer token; they enroll with their one-time token (HTTP Basic), checked here")
    @Consumes(PKCS10)
    @Operation(operationId = "enrollDevice", summary = "A device gets its certificate for its PKCS#10 request",
            description = "HTTP Basic deviceId:enrollmentToken (the one-time token, used up); the request (PEM) "
                    + "has the subject CN=<deviceId> and a key made on the device (ECDSA P-256/P-384, RSA >= 2048).")
    @SecurityRequirement(name = "deviceEnrollment")
    @RequestBody(required = true, content = @Content(mediaType = PKCS10, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The device certificate, the issuing CA and the root CA (PEM)",
            content = @Content(mediaType = PEM_CHAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`csr.malformed`; `csr.keyNotAllowed`; `csr.badSignature`; "
            + "`csr.wrongSubject` (the subject is not CN=<deviceId>)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "401", description = "`token.invalid` (a wrong, used or expired enrollment token)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "403", description = "`device.revoked`; `device.suspended`",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response enrollDevice(@PathParam("id") String id,
                                 @Parameter(hidden = true) @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization,
                                 @Schema(hidden = true) String csrPem) {
        String[] credentials = basic(authorization);
        if (credentials == null || !credentials[0].equals(id)) {
            return unauthorized("HTTP Basic credentials deviceId:enrollmentToken for this device are required");
        }
        try {
            return Response.ok(enrollment.enroll(id, credentials[1], csrPem), PEM_CHAIN).build();
        } catch (EnrollmentRefused e) {
            return refused(e);
        }
    }

    /**
     * The refusal as the REST channel maps every refusal (401 for the token, 403 for a revoked or
     * suspended device, 400 for the request itself: {@link EnrollmentRefused#kindOf}), with the
     * Basic challenge where the token is what failed.
     */
    public static Response refused(EnrollmentRefused e) {
        Response problem = ProblemResponses.of(e);
        return e.kind() == Refused.Kind.UNAUTHENTICATED
                ? Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build() : problem;
    }

    static Response unauthorized(String detail) {
        return Response.fromResponse(ProblemResponses.withCode(401, "Unauthorized", detail, EnrollmentRefused.TOKEN_INVALID))
                .header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE).build();
    }

    /** {@code [user, password]} of a Basic header, or null. */
    public static String[] basic(String header) {
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
