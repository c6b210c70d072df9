package io.tresor.application.identity.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final LoginThrottle throttle = new LoginThrottle();
    private final Instant t0 = Instant.parse("2026-11-22T10:00:00Z");

    @Test
    void firstFailuresAreFreeThenTheDelayGrows() {
        for (int i = 0; i < LoginThrottle.FREE_ACCOUNT_FAILURES; i++) {
            throttle.failed("anna@example.com", "10.0.0.1", t0);
            assertEquals(0, throttle.waitSeconds("anna@example.com", "10.0.0.1", t0));
        }
        throttle.failed("anna@example.com", "10.0.0.1", t0);
        long first = throttle.waitSeconds("anna@example.com", "10.0.0.2", t0);
        throttle.failed("anna@example.com", "10.0.0.1", t0);
        long second = throttle.waitSeconds("anna@example.com", "10.0.0.2", t0);
        assertTrue(first > 0, "the fourth failure delays the next attempt on the account from any address");
        assertTrue(second > first, "each further failure makes the delay longer");
    }

    @Test
    void delayNeverExceedsFifteenMinutesSoThereIsNoPermanentLock() {
        for (int i = 0; i < 100; i++) {
            throttle.failed("bob@example.com", "10.0.0.1", t0);
        }
        assertTrue(throttle.waitSeconds("bob@example.com", "10.0.0.9", t0) <= LoginThrottle.MAX_DELAY.toSeconds());
        assertEquals(0, throttle.waitSeconds("bob@example.com", "10.0.0.9", t0.plus(LoginThrottle.MAX_DELAY).plusSeconds(1)));
    }

    @Test
    void successClearsTheAccountButNotTheAddress() {
        for (int i = 0; i < LoginThrottle.FREE_ADDRESS_FAILURES + 2; i++) {
            throttle.failed("user" + i + "@example.com", "10.0.0.66", t0);
        }
        assertTrue(throttle.waitSeconds("someone@example.com", "10.0.0.66", t0) > 0, "many accounts from one address");
        throttle.succeeded("user0@example.com");
        assertTrue(throttle.waitSeconds("someone@example.com", "10.0.0.66", t0) > 0);
        assertEquals(0, throttle.waitSeconds("someone@example.com", "10.0.0.67", t0));
    }
}
