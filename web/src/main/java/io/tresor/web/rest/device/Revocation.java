package io.tresor.web.rest.device;

/** Why a device is revoked, as RFC 5280 names it; absent: unspecified. */
public record Revocation(String reason) {
}
