package io.tresor.application.crypto.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tresor.application.shared.Settings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The master key in its PKCS#12 keystore and, with SoftHSM2 installed (CI installs it), in a PKCS#11 token. */
class MasterKeyTest {

    private static final Path SOFTHSM = Path.of("/usr/lib/softhsm/libsofthsm2.so");

    @TempDir
    Path home;

    /** Test secrets are made up per run, like every secret of the product: none is written in code. */
    private static String randomDigits(int n) {
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder b = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            b.append(random.nextInt(10));
        }
        return b.toString();
    }

    private MasterKey masterKey(Optional<String> pkcs11Config, String password) {
        MasterKey key = new MasterKey();
        key.settings = new Settings() {
            @Override
            public Path home() {
                return home;
            }

            @Override
            public Optional<String> masterKeyPassword() {
                return Optional.of(password);
            }

            @Override
            public Optional<String> masterKeyPkcs11Config() {
                return pkcs11Config;
            }
        };
        key.load();
        return key;
    }

    private static void rotationKeepsOlderValuesReadable(MasterKey key) {
        byte[] secret = "a tenant key".getBytes(StandardCharsets.UTF_8);
        String v1 = key.wrap(secret, "ctx");
        assertEquals(2, key.rotate());
        String v2 = key.wrap(secret, "ctx");
        assertTrue(v2.startsWith("m2:"));
        assertFalse(key.wrappedByCurrent(v1));
        assertTrue(key.wrappedByCurrent(v2));
        assertArrayEquals(secret, key.unwrap(v1, "ctx"), "older versions stay in the keystore");
        assertArrayEquals(secret, key.unwrap(v2, "ctx"));
        assertThrows(RuntimeException.class, () -> key.unwrap(v2, "another context"));
    }

    @Test
    void aRotatedKeystoreOpensEverythingAfterARestart() {
        String password = UUID.randomUUID().toString();
        MasterKey key = masterKey(Optional.empty(), password);
        rotationKeepsOlderValuesReadable(key);
        String wrapped = key.wrap(new byte[] {1, 2, 3}, "ctx");
        MasterKey restarted = masterKey(Optional.empty(), password);
        assertEquals(2, restarted.currentVersion());
        assertArrayEquals(new byte[] {1, 2, 3}, restarted.unwrap(wrapped, "ctx"));
        assertThrows(IllegalStateException.class, () -> masterKey(Optional.empty(), UUID.randomUUID().toString()));
    }

    @Test
    void theMasterKeyCanLiveInAPkcs11Token() throws Exception {
        assumeTrue(Files.exists(SOFTHSM), "SoftHSM2 is not installed (apt-get install softhsm2)");
        String label = "tresor-test-" + UUID.randomUUID().toString().substring(0, 8);
        String pin = randomDigits(8);
        String slot = initToken(label, pin);
        try {
            Path config = home.resolve("pkcs11.cfg");
            Files.writeString(config, "name = SoftHSM-" + label + "\nlibrary = " + SOFTHSM + "\nslot = " + slot + "\n");
            MasterKey key = masterKey(Optional.of(config.toString()), pin);
            rotationKeepsOlderValuesReadable(key);
            assertFalse(Files.exists(home.resolve("keys/master.p12")), "nothing of the key on disk");
        } finally {
            run("softhsm2-util", "--delete-token", "--token", label);
        }
    }

    private static String initToken(String label, String pin) throws IOException, InterruptedException {
        String out = run("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin,
                "--so-pin", randomDigits(8));
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(out);
        assertTrue(slot.find(), out);
        return slot.group(1);
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor();
        return out;
    }
}
