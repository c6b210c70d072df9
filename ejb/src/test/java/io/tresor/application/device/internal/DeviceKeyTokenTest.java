package io.tresor.application.device.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.device.AuthenticationRefused;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dk1 device-key token: derivation, format, signature and lifetime, checked against openssl too. */
class DeviceKeyTokenTest {

    private static final Duration MAX = Duration.ofHours(1);

    @TempDir
    Path dir;

    private final byte[] groupKey = random(32);
    private final String groupId = UUID.randomUUID().toString();
    private final Instant now = Instant.ofEpochSecond(Instant.now().getEpochSecond());

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new SecureRandom().nextBytes(b);
        return b;
    }

    private String token(String deviceId, Instant expires) {
        return DeviceKeyToken.sign(DeviceKeyToken.deviceKey(groupKey, deviceId), deviceId, groupId, expires);
    }

    @Test
    void tokenSignedWithTheDerivedDeviceKeyVerifiesWithTheGroupKey() throws Exception {
        String token = token("pump-4711", now.plusSeconds(300));
        assertTrue(token.startsWith("dk1:pump-4711:" + groupId + ":" + now.plusSeconds(300).getEpochSecond() + ":"), token);
        DeviceKeyToken parsed = DeviceKeyToken.parse(token);
        assertEquals("pump-4711", parsed.deviceId());
        assertEquals(groupId, parsed.groupId());
        assertEquals(now.plusSeconds(300), parsed.expires());
        assertTrue(parsed.signedWithGroupKey(groupKey));
        assertDoesNotThrow(() -> parsed.requireFresh(now, MAX));
        assertFalse(parsed.signedWithGroupKey(random(32)));
    }

    @Test
    void deviceKeyAndTokenAreWhatOpensslComputesFromTheDocumentedFormula() throws Exception {
        String deviceId = "pump-" + UUID.randomUUID().toString().substring(0, 8);
        Path work = dir;
        TestPki.Result key = TestPki.openssl(work, "mac", "-digest", "SHA256", "-macopt",
                "hexkey:" + HexFormat.of().formatHex(groupKey), "-in", write(work, "id.txt", deviceId), "HMAC");
        assertEquals(0, key.exitCode(), key.output());
        byte[] deviceKey = HexFormat.of().parseHex(key.output().strip().toLowerCase());
        assertArrayEquals(DeviceKeyToken.deviceKey(groupKey, deviceId), deviceKey);

        String signed = "dk1:" + deviceId + ":" + groupId + ":" + now.plusSeconds(60).getEpochSecond();
        TestPki.Result mac = TestPki.openssl(work, "mac", "-digest", "SHA256", "-macopt",
                "hexkey:" + HexFormat.of().formatHex(deviceKey), "-in", write(work, "signed.txt", signed), "HMAC");
        String signature = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString(HexFormat.of().parseHex(mac.output().strip().toLowerCase()));
        assertEquals(token(deviceId, now.plusSeconds(60)), signed + ":" + signature);
        assertTrue(DeviceKeyToken.parse(signed + ":" + signature).signedWithGroupKey(groupKey));
    }

    private static String write(Path dir, String name, String text) throws Exception {
        java.nio.file.Files.writeString(dir.resolve(name), text);
        return name;
    }

    @Test
    void tokenOfOneDeviceDoesNotPassForAnother() throws Exception {
        String token = token("pump-1", now.plusSeconds(60));
        String forged = token.replace("dk1:pump-1:", "dk1:pump-2:");
        assertFalse(DeviceKeyToken.parse(forged).signedWithGroupKey(groupKey));
        String later = token.replace(":" + now.plusSeconds(60).getEpochSecond() + ":", ":" + now.plusSeconds(600).getEpochSecond() + ":");
        assertFalse(DeviceKeyToken.parse(later).signedWithGroupKey(groupKey));
    }

    @Test
    void expiredOrTooLongLivedTokensAreRefused() throws Exception {
        assertEquals(AuthenticationRefused.TOKEN_EXPIRED, assertThrows(AuthenticationRefused.class,
                () -> DeviceKeyToken.parse(token("pump-1", now)).requireFresh(now, MAX)).code());
        assertEquals(AuthenticationRefused.TOKEN_EXPIRED, assertThrows(AuthenticationRefused.class,
                () -> DeviceKeyToken.parse(token("pump-1", now.minusSeconds(1))).requireFresh(now, MAX)).code());
        assertEquals(AuthenticationRefused.TOKEN_TOO_LONG_LIVED, assertThrows(AuthenticationRefused.class,
                () -> DeviceKeyToken.parse(token("pump-1", now.plus(MAX).plusSeconds(1))).requireFresh(now, MAX)).code());
        assertDoesNotThrow(() -> DeviceKeyToken.parse(token("pump-1", now.plus(MAX))).requireFresh(now, MAX));
    }

    @Test
    void anythingButTheDocumentedFormatIsMalformed() {
        String good = token("pump-1", now.plusSeconds(60));
        String[] bad = {null, "", "dk1:pump-1", good.replace("dk1:", "dk2:"), good + ":", good + "=",
                good.replace(":" + groupId + ":", ":" + groupId.toUpperCase() + ":"),
                good.replace(":" + now.plusSeconds(60).getEpochSecond() + ":", ":0" + now.plusSeconds(60).getEpochSecond() + ":"),
                good.replace(":" + now.plusSeconds(60).getEpochSecond() + ":", ":-5:"),
                "dk1:pump:1:" + groupId + ":" + now.plusSeconds(60).getEpochSecond() + ":" + "A".repeat(43),
                good.substring(0, good.length() - 1), "x".repeat(300)};
        for (String token : bad) {
            assertEquals(AuthenticationRefused.TOKEN_MALFORMED,
                    assertThrows(AuthenticationRefused.class, () -> DeviceKeyToken.parse(token), token).code(), token);
        }
    }
}
