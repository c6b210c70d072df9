package io.tresor.application.device.internal;

import io.tresor.application.device.AuthenticationRefused;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The short-lived token a device of a symmetric enrollment group authenticates with:
 * <pre>
 * token     = "dk1:" deviceId ":" groupId ":" expires ":" signature
 * expires   = Unix time in seconds (decimal, no sign, no leading zero)
 * signature = base64url without padding of HMAC-SHA256(deviceKey, ASCII of everything before the last ":")
 * deviceKey = HMAC-SHA256(groupKey, UTF-8 of deviceId)   (32 bytes; never stored by Tresor)
 * </pre>
 * The device id never contains {@code :} (letters, digits, {@code . _ -}), the group id is a
 * lower-case UUID, so the fields split unambiguously. Derivation as Azure DPS does it, so that a
 * factory can program each device with its own key from the one group key.
 */
public final class DeviceKeyToken {

    public static final String VERSION = "dk1";

    private static final Pattern FORMAT = Pattern.compile(VERSION + ":([A-Za-z0-9][A-Za-z0-9._-]{0,63})"
            + ":([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}):([1-9][0-9]{0,11}):([A-Za-z0-9_-]{43})");
    private static final String HMAC = "HmacSHA256";

    private final String deviceId;
    private final String groupId;
    private final Instant expires;
    private final String signed;
    private final byte[] signature;

    private DeviceKeyToken(String deviceId, String groupId, Instant expires, String signed, byte[] signature) {
        this.deviceId = deviceId;
        this.groupId = groupId;
        this.expires = expires;
        this.signed = signed;
        this.signature = signature;
    }

    /** Splits a token; checks the format only, not the signature or the time. */
    public static DeviceKeyToken parse(String token) throws AuthenticationRefused {
        Matcher m = token == null || token.length() > 256 ? null : FORMAT.matcher(token);
        if (m == null || !m.matches()) {
            throw new AuthenticationRefused(AuthenticationRefused.TOKEN_MALFORMED,
                    "A device-key token reads dk1:<deviceId>:<groupId>:<expires>:<signature> (see the README)");
        }
        byte[] signature;
        try {
            signature = Base64.getUrlDecoder().decode(m.group(4));
        } catch (IllegalArgumentException e) {
            throw new AuthenticationRefused(AuthenticationRefused.TOKEN_MALFORMED, "The token's signature is not base64url", e);
        }
        String signed = token.substring(0, token.lastIndexOf(':'));
        return new DeviceKeyToken(m.group(1), m.group(2), Instant.ofEpochSecond(Long.parseLong(m.group(3))), signed,
                signature);
    }

    /**
     * Refuses a token that expired at {@code now}, or expires more than {@code maxLifetime}
     * after it: a token is made just before it is used, so a long-lived one is a stolen-token risk.
     */
    public void requireFresh(Instant now, Duration maxLifetime) throws AuthenticationRefused {
        if (!now.isBefore(expires)) {
            throw new AuthenticationRefused(AuthenticationRefused.TOKEN_EXPIRED, "The token expired at " + expires);
        }
        if (Duration.between(now, expires).compareTo(maxLifetime) > 0) {
            throw new AuthenticationRefused(AuthenticationRefused.TOKEN_TOO_LONG_LIVED, "A token may expire at most "
                    + maxLifetime.toSeconds() + " seconds ahead; this one expires at " + expires);
        }
    }

    /** Whether the signature is the device key's; compared in constant time. */
    public boolean signedWithGroupKey(byte[] groupKey) {
        return signedWithDeviceKey(deviceKey(groupKey, deviceId));
    }

    /** Whether the signature is this device key's; compared in constant time. */
    public boolean signedWithDeviceKey(byte[] deviceKey) {
        byte[] expected = hmac(deviceKey, signed.getBytes(StandardCharsets.US_ASCII));
        return MessageDigest.isEqual(expected, signature);
    }

    /** The device's own key, as the factory programs it. */
    public static byte[] deviceKey(byte[] groupKey, String deviceId) {
        return hmac(groupKey, deviceKeyInput(deviceId));
    }

    /** What the group key is applied to for a device's key: the device id in UTF-8. */
    public static byte[] deviceKeyInput(String deviceId) {
        return deviceId.getBytes(StandardCharsets.UTF_8);
    }

    /** A token as a device makes it (for tests, the simulator and the README's example). */
    public static String sign(byte[] deviceKey, String deviceId, String groupId, Instant expires) {
        String signed = VERSION + ":" + deviceId + ":" + groupId + ":" + expires.getEpochSecond();
        return signed + ":" + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(hmac(deviceKey, signed.getBytes(StandardCharsets.US_ASCII)));
    }

    private static byte[] hmac(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(new SecretKeySpec(key, HMAC));
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    public String deviceId() {
        return deviceId;
    }

    public String groupId() {
        return groupId;
    }

    public Instant expires() {
        return expires;
    }
}
