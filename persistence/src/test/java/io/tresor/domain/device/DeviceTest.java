package io.tresor.domain.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DeviceTest {

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");

    private Device registered() {
        Device device = new Device("box-1", "tenant", "asset", now);
        device.issueEnrollmentToken("hash", now);
        return device;
    }

    @Test
    void aTokenEnrollsOnceAndOnlyWithinItsDay() {
        Device device = registered();
        assertTrue(device.acceptsEnrollment("hash", now.plus(Duration.ofHours(23))));
        assertFalse(device.acceptsEnrollment("hash", now.plus(Device.ENROLLMENT_VALIDITY)), "expired");
        assertFalse(device.acceptsEnrollment("other", now), "another token");
        assertFalse(device.acceptsEnrollment(null, now));

        device.enrolled(now);
        assertEquals(DeviceState.ENROLLED, device.getState());
        assertFalse(device.acceptsEnrollment("hash", now), "a used token does not enroll again");
        assertNull(device.getEnrollmentExpiresAt());
    }

    @Test
    void aNewTokenReplacesTheOldOne() {
        Device device = registered();
        device.issueEnrollmentToken("second", now);
        assertFalse(device.acceptsEnrollment("hash", now));
        assertTrue(device.acceptsEnrollment("second", now));
    }

    @Test
    void aSuspendedDeviceDoesNotEnrollAndResumesWhereItWas() {
        Device device = registered();
        device.suspend(now);
        assertFalse(device.acceptsEnrollment("hash", now));
        device.resume(false, now);
        assertEquals(DeviceState.REGISTERED, device.getState());
        device.enrolled(now);
        device.activated(now);
        device.suspend(now);
        device.resume(true, now);
        assertEquals(DeviceState.ACTIVE, device.getState());
    }

    @Test
    void revocationIsFinal() {
        Device device = registered();
        device.revoke(now);
        assertEquals(DeviceState.REVOKED, device.getState());
        assertFalse(device.acceptsEnrollment("hash", now));
        assertThrows(IllegalStateException.class, () -> device.issueEnrollmentToken("new", now));
        assertThrows(IllegalStateException.class, () -> device.suspend(now));
        device.resume(true, now);
        assertEquals(DeviceState.REVOKED, device.getState(), "resume does not undo a revocation");
    }

    @Test
    void idsAreSafeInCertificatesTopicsAndClientIds() {
        assertTrue(Device.isValidId("vw-box-0001"));
        assertTrue(Device.isValidId("A.b_c-9"));
        for (String bad : new String[] {"", "-box", "box/1", "box+1", "box#", "a b", "x".repeat(65), null}) {
            assertFalse(Device.isValidId(bad), bad);
        }
        assertThrows(IllegalArgumentException.class, () -> new Device("devices/+", "t", "a", now));
    }
}
