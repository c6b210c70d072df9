package io.tresor.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tresor.application.device.EnrollmentRefused;
import io.tresor.application.identity.TokenRequestException;
import io.tresor.application.shared.Refused;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The REST channel's statuses for refusals: one per kind, and the ones integrators already see. */
class ProblemsTest {

    @Test
    void everyKindHasItsStatus() {
        Map<Refused.Kind, Integer> expected = new EnumMap<>(Map.of(Refused.Kind.NOT_FOUND, 404, Refused.Kind.CONFLICT, 409,
                Refused.Kind.INVALID, 400, Refused.Kind.FORBIDDEN, 403, Refused.Kind.UNAUTHENTICATED, 401,
                Refused.Kind.THROTTLED, 429, Refused.Kind.UNAVAILABLE, 503));
        for (Refused.Kind kind : Refused.Kind.values()) {
            assertEquals(expected.get(kind), Problems.status(kind), kind.name());
        }
    }

    @Test
    void enrollmentRefusalsKeepTheStatusesTheyHadBeforeTheyHadAKind() {
        Map<String, Integer> before = Map.of(EnrollmentRefused.TOKEN_INVALID, 401, EnrollmentRefused.DEVICE_REVOKED, 403,
                EnrollmentRefused.DEVICE_SUSPENDED, 403, EnrollmentRefused.CERTIFICATE_INVALID, 403,
                EnrollmentRefused.MALFORMED, 400, EnrollmentRefused.BAD_SIGNATURE, 400, EnrollmentRefused.KEY_NOT_ALLOWED, 400,
                EnrollmentRefused.WRONG_SUBJECT, 400, EnrollmentRefused.RENEWAL_MALFORMED, 400, EnrollmentRefused.RENEWAL_STALE, 400);
        before.forEach((code, status) -> assertEquals(status, Problems.status(new EnrollmentRefused(code, "x").kind()), code));
    }

    @Test
    void tokenRefusalsHaveTheKindsOfTheirHttpAnswers() {
        assertEquals(401, status(TokenRequestException.Reason.INVALID_CLIENT));
        assertEquals(400, status(TokenRequestException.Reason.INVALID_SCOPE));
        assertEquals(403, status(TokenRequestException.Reason.ADDRESS_NOT_ALLOWED));
        assertEquals(429, status(TokenRequestException.Reason.THROTTLED));
        for (TokenRequestException.Reason reason : TokenRequestException.Reason.values()) {
            assertEquals(reason.name().toLowerCase(java.util.Locale.ROOT), new TokenRequestException(reason, "x").code(),
                    "the code is what the audit trail has recorded as the reason");
        }
    }

    private static int status(TokenRequestException.Reason reason) {
        return Problems.status(new TokenRequestException(reason, "x").kind());
    }
}
