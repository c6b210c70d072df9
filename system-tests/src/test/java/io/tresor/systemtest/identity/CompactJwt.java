package io.tresor.systemtest.identity;

import io.tresor.systemtest.support.Api;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The three parts of a compact JWS, read without verifying anything: the tests check what the
 * server put in a token independently of the library that verifies it.
 */
record CompactJwt(String headerPart, String payloadPart, String signaturePart) {

    static CompactJwt parse(String token) {
        // -1 keeps an empty trailing signature, as in an alg "none" token.
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new AssertionError("not a compact JWS: " + token);
        }
        return new CompactJwt(parts[0], parts[1], parts[2]);
    }

    JsonObject header() {
        return Api.json(decode(headerPart));
    }

    JsonObject claims() {
        return Api.json(decode(payloadPart));
    }

    /** The claims as the server serialised them, so forged tokens can carry them unchanged. */
    String claimsJson() {
        return decode(payloadPart);
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String part) {
        return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
    }
}
