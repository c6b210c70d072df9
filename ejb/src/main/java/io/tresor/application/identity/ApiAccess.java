package io.tresor.application.identity;

import io.tresor.application.shared.TresorPrincipal;
import java.util.Optional;

/**
 * Whether an API request with a bearer token may proceed: granted with the caller, or
 * refused with the HTTP status the API answers (401 bad token, 403 address not allowed,
 * 429 rate limit with the seconds to wait).
 */
public record ApiAccess(Optional<TresorPrincipal> principal, int status, String detail, long retryAfterSeconds) {

    public static ApiAccess granted(TresorPrincipal principal) {
        return new ApiAccess(Optional.of(principal), 200, null, 0);
    }

    public static ApiAccess refused(int status, String detail) {
        return new ApiAccess(Optional.empty(), status, detail, 0);
    }

    public static ApiAccess throttled(long retryAfterSeconds) {
        return new ApiAccess(Optional.empty(), 429, "Rate limit exceeded for this client", retryAfterSeconds);
    }

    public boolean isGranted() {
        return principal.isPresent();
    }
}
