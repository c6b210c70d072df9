package io.tresor.web.rest.identity;

import jakarta.json.bind.annotation.JsonbProperty;

/** An access token as RFC 6749 section 5.1 names its fields. */
public record AccessToken(@JsonbProperty("access_token") String accessToken,
                          @JsonbProperty("token_type") String tokenType,
                          @JsonbProperty("expires_in") long expiresIn,
                          String scope) {
}
