package io.tresor.bench;

import io.tresor.application.audit.internal.PendingEvent;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;

/**
 * Audit events for benchmarks, with the field lengths of real ones (UUIDs, a blind-indexed
 * source, short JSON details) so that hashing and row sizes are realistic. Event {@code n} is
 * always the same, so a benchmark can rebuild in memory exactly what it stored.
 */
@ComponentBenchmark("builds the pending events AuditBench feeds to the chainer")
final class SampleEvents {

    private static final Instant BASE = Instant.parse("2026-11-22T10:00:00Z");
    private static final String[] ACTIONS = {"personal-data.read", "device.updated", "user.roles-changed", "token.issued"};
    private static final String[] PURPOSES = {"SUPPORT", null, null, null};
    private static final String[] DETAILS = {"{\"fields\":\"contactEmail,phone\"}", "{\"fields\":\"serialNumber\"}",
        "{\"from\":\"OPERATOR\",\"to\":\"OPERATOR,ADMIN\"}", null};
    private static final String[] TENANTS = ids(8);
    private static final String[] ACTORS = ids(200);
    private static final String[] TARGETS = ids(5000);
    /** As long as a pseudonymised source address (16 bytes, base64url), the same in every run. */
    private static final String SOURCE = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(Arrays.copyOf(UUID.nameUUIDFromBytes(new byte[] {1}).toString().getBytes(), 16));

    private SampleEvents() {
    }

    static PendingEvent event(long n) {
        int kind = (int) (n % ACTIONS.length);
        return new PendingEvent(BASE.plusMillis(n), "USER", ACTORS[(int) (n % ACTORS.length)],
                TENANTS[(int) (n % TENANTS.length)], ACTIONS[kind], "device", TARGETS[(int) ((n / 3) % TARGETS.length)],
                PURPOSES[kind], "SUCCESS", SOURCE, new UUID(0x7e57L, n).toString(), DETAILS[kind]);
    }

    private static String[] ids(int count) {
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            // Distinct per pool, so that tenants, actors and targets never share an id.
            ids[i] = new UUID(0x7e5a_0000L + count, i).toString();
        }
        return ids;
    }
}
