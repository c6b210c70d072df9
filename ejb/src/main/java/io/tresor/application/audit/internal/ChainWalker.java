package io.tresor.application.audit.internal;

import java.util.function.LongFunction;

/**
 * Walks a stretch of the chain in sequence order and stops at the first event that does not
 * fit: a gap in the sequence (deleted), content that does not hash to the stored value
 * (edited), a link to the wrong predecessor (reordered or re-hashed), or a hash that differs
 * from what a signed checkpoint says (rewritten and re-hashed after the checkpoint was signed).
 */
public final class ChainWalker {

    private final LongFunction<String> signedHashAt;
    private long expected;
    private String prev;
    private long checked;
    private Long brokenAt;
    private String problem;

    /** @param signedHashAt the hash a checkpoint states for an event, null where there is no checkpoint */
    public ChainWalker(LongFunction<String> signedHashAt) {
        this(signedHashAt, 0, AuditChain.GENESIS);
    }

    /**
     * Starts after event {@code afterSeq}, whose hash is {@code afterHash}: the genesis, or a
     * signed checkpoint, so that the stretches between checkpoints can be walked independently.
     */
    public ChainWalker(LongFunction<String> signedHashAt, long afterSeq, String afterHash) {
        this.signedHashAt = signedHashAt;
        this.expected = afterSeq + 1;
        this.prev = afterHash;
    }

    /** False once the chain is broken; further events are ignored. */
    public boolean accept(long seq, String storedPrev, String storedHash, PendingEvent event) {
        if (brokenAt != null) {
            return false;
        }
        if (seq != expected) {
            return broken(expected, "event " + expected + " is missing (the next stored event is " + seq + ")");
        }
        if (!prev.equals(storedPrev)) {
            return broken(seq, "event " + seq + " does not link to event " + (seq - 1) + ": one of them was changed or moved");
        }
        String hash = AuditChain.hash(prev, seq, event);
        if (!hash.equals(storedHash)) {
            return broken(seq, "event " + seq + " was altered: its content does not match its hash");
        }
        String signed = signedHashAt.apply(seq);
        if (signed != null && !signed.equals(hash)) {
            return broken(seq, "event " + seq + " differs from the signed checkpoint at " + seq);
        }
        prev = hash;
        expected++;
        checked++;
        return true;
    }

    /** After the last event of the stretch: every event up to {@code lastKnown} must have been seen. */
    public void finish(long lastKnown) {
        if (brokenAt == null && lastKnown >= expected) {
            broken(expected, "event " + expected + " is missing (the chain is known to reach " + lastKnown + ")");
        }
    }

    public boolean broken(long seq, String why) {
        if (brokenAt == null) {
            brokenAt = seq;
            problem = why;
        }
        return false;
    }

    public long checked() {
        return checked;
    }

    public Long brokenAt() {
        return brokenAt;
    }

    public String problem() {
        return problem;
    }
}
