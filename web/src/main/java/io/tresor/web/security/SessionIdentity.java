package io.tresor.web.security;

import io.tresor.application.shared.TresorPrincipal;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What the HTTP session remembers of a signed-in person. The absolute limit is checked on
 * every request, so a session cannot be kept alive past 12 hours by activity alone.
 */
public record SessionIdentity(String accountId, String tenantId, String displayName, Set<String> roles,
                              Instant signedInAt) implements Serializable {

    public static final String ATTRIBUTE = "io.tresor.identity";
    public static final java.time.Duration ABSOLUTE_LIMIT = java.time.Duration.ofHours(12);

    public TresorPrincipal principal() {
        return new TresorPrincipal(TresorPrincipal.Kind.USER, accountId, tenantId, List.of());
    }

    public boolean expiredAt(Instant now) {
        return signedInAt.plus(ABSOLUTE_LIMIT).isBefore(now);
    }
}
