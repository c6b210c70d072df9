package io.tresor.application.identity.internal;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * A token bucket per client: the limit a minute refills continuously, bursts up to one
 * minute's worth. Kept in memory on each node; the scale-out issue moves it into the data grid.
 */
@ApplicationScoped
public class RateLimiter {

    private final ConcurrentMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long refilledAtNanos;
        int limit;

        Bucket(int limit, long now) {
            this.limit = limit;
            this.tokens = limit;
            this.refilledAtNanos = now;
        }
    }

    /** Takes one request from the client's bucket; returns 0 if allowed, else the seconds to wait. */
    public long acquire(String key, int limitPerMinute) {
        return acquire(key, limitPerMinute, System.nanoTime());
    }

    long acquire(String key, int limitPerMinute, long nowNanos) {
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(limitPerMinute, nowNanos));
        synchronized (bucket) {
            if (bucket.limit != limitPerMinute) {
                bucket.limit = limitPerMinute;
                bucket.tokens = Math.min(bucket.tokens, limitPerMinute);
            }
            double perNano = limitPerMinute / 60e9;
            bucket.tokens = Math.min(limitPerMinute, bucket.tokens + (nowNanos - bucket.refilledAtNanos) * perNano);
            bucket.refilledAtNanos = nowNanos;
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return 0;
            }
            return Math.max(1, (long) Math.ceil((1 - bucket.tokens) / perNano / 1e9));
        }
    }
}
