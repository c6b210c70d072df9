package io.tresor.web.rest.device;

import io.tresor.application.device.DeviceEnrollment;
import io.tresor.application.device.EnrollmentRefused;
import io.tresor.web.security.Public;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /api/v1/devices/{id}/renew}: a device renews its certificate before it expires
 * with a compact JWS ({@code application/jose}) signed by its current certificate's key, which
 * the {@code x5c} header carries; the claims are {@code sub}, {@code iat}, {@code exp} and
 * {@code csr} (the new request, PEM). Answers the new certificate with the CA chain, as
 * enrollment does. No bearer token: the signature is the credential.
 */
@Path("devices/{id}/renew")
public class RenewalResource {

    public static final String JOSE = "application/jose";

    @Inject
    DeviceEnrollment enrollment;

    @POST
    @Public(reason = "Devices have no bearer token; the request is signed with their current certificate's key, checked here")
    @Consumes({JOSE, "text/plain"})
    public Response renew(@PathParam("id") String id, String signedRequest) {
        try {
            return Response.ok(enrollment.renew(id, signedRequest), EnrollmentResource.PEM_CHAIN).build();
        } catch (EnrollmentRefused e) {
            return EnrollmentResource.refused(e);
        }
    }
}
