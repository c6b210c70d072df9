package io.tresor.application.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Growing delays after failed sign-ins, per account and per source address. A few mistakes
 * are free; after that each failure doubles the wait up to 15 minutes. There is deliberately
 * no permanent lock: an attacker must not be able to lock a victim out. Counters are
 * forgotten after an hour without failures.
 */
@ApplicationScoped
public class LoginThrottle {

    static final int FREE_ACCOUNT_FAILURES = 3;
    /** Generous: one office behind one NAT address shares it; the per-account limit stays strict. */
    static final int FREE_ADDRESS_FAILURES = 50;
    static final Duration MAX_DELAY = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofHours(1);

    private record Failures(int count, Instant last) {
    }

    private final ConcurrentMap<String, Failures> failures = new ConcurrentHashMap<>();

    /** Seconds to wait before the next attempt is even checked; 0 when allowed now. */
    public long waitSeconds(String account, String address, Instant now) {
        return Math.max(wait("a:" + account, FREE_ACCOUNT_FAILURES, now), wait("i:" + address, FREE_ADDRESS_FAILURES, now));
    }

    public void failed(String account, String address, Instant now) {
        bump("a:" + account, now);
        bump("i:" + address, now);
    }

    /** A success clears the account's counter, not the address's: one good account must not whitewash an address. */
    public void succeeded(String account) {
        failures.remove("a:" + account);
    }

    private void bump(String key, Instant now) {
        failures.merge(key, new Failures(1, now), (old, one) ->
                old.last.plus(FORGET_AFTER).isBefore(now) ? one : new Failures(old.count + 1, now));
    }

    private long wait(String key, int free, Instant now) {
        Failures f = failures.get(key);
        if (f == null || f.count <= free || f.last.plus(FORGET_AFTER).isBefore(now)) {
            return 0;
        }
        long delay = Math.min(MAX_DELAY.toSeconds(), 1L << Math.min(20, f.count - free));
        long left = Duration.between(now, f.last.plusSeconds(delay)).toSeconds();
        return Math.max(0, left);
    }
}
