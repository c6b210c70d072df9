package io.tresor.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final RateLimiter limiter = new RateLimiter();
    private static final long SECOND = 1_000_000_000L;

    @Test
    void burstUpToTheLimitThenTheCallerMustWait() {
        for (int i = 0; i < 3; i++) {
            assertEquals(0, limiter.acquire("cl-a", 3, 0));
        }
        long wait = limiter.acquire("cl-a", 3, 0);
        assertTrue(wait >= 1 && wait <= 20, "one token refills in 20 s at 3 a minute, was " + wait);
    }

    @Test
    void tokensRefillOverTime() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("cl-b", 3, 0);
        }
        assertEquals(0, limiter.acquire("cl-b", 3, 21 * SECOND));
    }

    @Test
    void clientsDoNotShareABucket() {
        for (int i = 0; i < 3; i++) {
            limiter.acquire("cl-c", 3, 0);
        }
        assertEquals(0, limiter.acquire("cl-d", 3, 0));
    }
}
