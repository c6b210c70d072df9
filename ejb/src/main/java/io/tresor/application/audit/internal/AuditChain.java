package io.tresor.application.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The chain rule, the same for the chainer, the verifier and anyone verifying an export:
 * {@code hash(n) = hex(SHA-256(prev_hash(n) | seq | canonical fields))}, where every field is
 * written as {@code length:value} (a missing value as {@code -1:}) so that no two different
 * events have the same input. The first event's previous hash is 64 zeros.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private AuditChain() {
    }

    public static String hash(String prevHash, long seq, PendingEvent e) {
        StringBuilder b = new StringBuilder(256).append("tresor-audit-v1");
        append(b, prevHash);
        append(b, Long.toString(seq));
        append(b, Long.toString(e.occurredAt().toEpochMilli()));
        append(b, e.actorType());
        append(b, e.actorId());
        append(b, e.tenantId());
        append(b, e.action());
        append(b, e.targetType());
        append(b, e.targetId());
        append(b, e.purpose());
        append(b, e.outcome());
        append(b, e.source());
        append(b, e.requestId());
        append(b, e.details());
        MessageDigest digest = SHA256.get();
        return HexFormat.of().formatHex(digest.digest(b.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static void append(StringBuilder b, String value) {
        b.append('|');
        if (value == null) {
            b.append("-1:");
        } else {
            b.append(value.length()).append(':').append(value);
        }
    }

    /** What a checkpoint signature covers. */
    public static byte[] checkpointInput(long seq, String hash) {
        return ("tresor-audit-checkpoint-v1|" + seq + "|" + hash).getBytes(StandardCharsets.UTF_8);
    }
}
