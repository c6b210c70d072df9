package io.tresor.web.rest.device;

import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.device.DeviceEnrollment;
import io.tresor.application.device.EnrollmentRefused;
import io.tresor.web.security.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/devices/{id}/renew}: a device renews its certificate before it expires
 * with a compact JWS ({@code application/jose}) signed by its current certificate's key, which
 * the {@code x5c} header carries; the claims are {@code sub}, {@code iat}, {@code exp} and
 * {@code csr} (the new request, PEM). Answers the new certificate with the CA chain, as
 * enrollment does. No bearer token: the signature is the credential.
 */
@Path("devices/{id}/renew")
@Tag(name = "devices")
public class RenewalResource {

    public static final String JOSE = "application/jose";

    @Inject
    DeviceEnrollment enrollment;

    @POST
    @Public(reason = "Devices have no bearer token; the request is signed with their current certificate's key, checked here")
    @Consumes({JOSE, "text/plain"})
    @Operation(operationId = "renewDeviceCertificate", summary = "A device renews its certificate before it expires",
            description = "The body is a compact JWS signed with the key of the current certificate (x5c header): "
                    + "claims sub (the device id), iat, exp (at most 10 minutes ahead) and csr (the new PKCS#10 "
                    + "request, PEM). No bearer token: the signature is the credential.")
    @RequestBody(required = true, content = @Content(mediaType = JOSE, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "200", description = "The new certificate, the issuing CA and the root CA (PEM)",
            content = @Content(mediaType = EnrollmentResource.PEM_CHAIN, schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", description = "`renewal.malformed`; `renewal.stale` (iat or exp out of range); "
            + "`csr.malformed`; `csr.keyNotAllowed`; `csr.badSignature`; `csr.wrongSubject`",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "403", description = "`certificate.invalid` (not Tresor's, another device's, expired, or "
            + "the signature does not verify); `device.suspended`; `device.revoked`",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    public Response renewDeviceCertificate(@PathParam("id") String id, @Schema(hidden = true) String signedRequest) {
        try {
            return Response.ok(enrollment.renew(id, signedRequest), EnrollmentResource.PEM_CHAIN).build();
        } catch (EnrollmentRefused e) {
            return EnrollmentResource.refused(e);
        }
    }
}
