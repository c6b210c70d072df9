package io.tresor.web.rest.identity;

import static io.tresor.web.rest.Api.JSON;
import static io.tresor.web.rest.Api.PROBLEM;
import static io.tresor.web.rest.Api.PROBLEM_SCHEMA;

import io.tresor.application.identity.TokenRequestException;
import io.tresor.application.identity.TokenService;
import io.tresor.web.rest.ProblemResponses;
import io.tresor.web.security.Public;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** OAuth2 client credentials grant (RFC 6749 section 4.4); the secret via HTTP Basic or the form. */
@Path("oauth/token")
@Tag(name = "identity")
public class TokenResource {

    @Inject
    TokenService tokens;

    @Context
    HttpServletRequest request;

    @POST
    @Public(reason = "The token endpoint: clients authenticate with their id and secret, which it checks")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "issueToken", summary = "An access token for a client (OAuth2 client credentials grant)",
            description = "The client's id and secret go in HTTP Basic (preferred, RFC 6749 section 2.3.1) or in the "
                    + "form fields client_id and client_secret, never both. scope narrows the token to some of the "
                    + "client's scopes (space-separated).")
    @SecurityRequirement(name = "clientSecretBasic")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_FORM_URLENCODED,
            schema = @Schema(ref = "TokenRequest")))
    @APIResponse(responseCode = "200", description = "The token (Cache-Control: no-store)",
            content = @Content(mediaType = JSON, schema = @Schema(ref = "AccessToken")))
    @APIResponse(responseCode = "400", description = "`unsupported_grant_type`, `invalid_request` or `invalid_scope` "
            + "in the RFC 6749 member error", content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "OAuthProblem")))
    @APIResponse(responseCode = "401", description = "`invalid_client` (unknown, disabled or a wrong secret)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "OAuthProblem")))
    @APIResponse(responseCode = "403", description = "The request comes from an address outside the client's allow-list",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = PROBLEM_SCHEMA)))
    @APIResponse(responseCode = "429", description = "`slow_down` (too many refused requests; see Retry-After)",
            content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "OAuthProblem")))
    public Response issueToken(@FormParam("grant_type") String grantType, @FormParam("client_id") String formClientId,
                               @FormParam("client_secret") String formSecret, @FormParam("scope") String scope,
                               @Parameter(hidden = true) @HeaderParam("Authorization") String authorization) {
        if (!"client_credentials".equals(grantType)) {
            return oauthError(400, "unsupported_grant_type", "Only client_credentials is supported");
        }
        String clientId = formClientId;
        String secret = formSecret;
        if (authorization != null && authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            if (formClientId != null || formSecret != null) {
                // RFC 6749 2.3: one authentication method per request.
                return oauthError(400, "invalid_request", "Use HTTP Basic or form credentials, not both");
            }
            String[] pair = decodeBasic(authorization.substring(6).strip());
            if (pair == null) {
                return oauthError(401, "invalid_client", "Malformed Basic credentials");
            }
            clientId = pair[0];
            secret = pair[1];
        }
        try {
            TokenService.IssuedToken token = tokens.issue(clientId, secret, scope, request.getRemoteAddr());
            return Response.ok(new AccessToken(token.accessToken(), "Bearer", token.expiresInSeconds(), token.scope()))
                    .header("Cache-Control", "no-store").build();
        } catch (TokenRequestException e) {
            return switch (e.reason()) {
                case THROTTLED -> Response.fromResponse(oauthError(429, "slow_down", e.getMessage()))
                        .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
                case INVALID_CLIENT -> oauthError(401, "invalid_client", e.getMessage());
                case INVALID_SCOPE -> oauthError(400, "invalid_scope", e.getMessage());
                case ADDRESS_NOT_ALLOWED -> ProblemResponses.of(403, "Forbidden", e.getMessage());
            };
        }
    }

    private static String[] decodeBasic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                return null;
            }
            // RFC 6749 2.3.1: both parts are form-urlencoded before Base64.
            return new String[] {URLDecoder.decode(decoded.substring(0, colon), StandardCharsets.UTF_8),
                    URLDecoder.decode(decoded.substring(colon + 1), StandardCharsets.UTF_8)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** RFC 6749 errors carry their code in "error"; the document is also a valid problem+json. */
    private static Response oauthError(int status, String error, String description) {
        Response.ResponseBuilder b = Response.status(status).type("application/problem+json")
                .entity(Json.createObjectBuilder().add("type", "about:blank")
                        .add("title", status == 401 ? "Unauthorized" : status == 429 ? "Too Many Requests" : "Bad Request")
                        .add("status", status)
                        .add("error", error).add("error_description", description)
                        .add("detail", description).build().toString());
        if (status == 401) {
            b.header("WWW-Authenticate", "Basic realm=\"tresor\"");
        }
        return b.header("Cache-Control", "no-store").build();
    }
}
