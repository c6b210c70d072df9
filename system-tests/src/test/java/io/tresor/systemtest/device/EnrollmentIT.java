package io.tresor.systemtest.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tresor.systemtest.support.Command;
import io.tresor.systemtest.support.Database;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Enrollment by one-time token with openssl and curl, the CA chain, revocation and the CRL. */
class EnrollmentIT {

    private final TresorServer server = TresorServer.get();
    private final Registry registry = new Registry(server);

    @TempDir
    Path dir;

    @Test
    void deviceEnrollsWithOpensslAndCurlAndItsCertificateVerifiesAgainstTheCaChain() {
        JsonObject device = registry.registerDevice();
        String id = device.getString("id");
        DeviceSide box = new DeviceSide(server, dir);
        Path csr = box.request(id, "device.csr");

        DeviceSide.Answer issued = box.enroll(id, id, device.getString("enrollmentToken"), csr);
        assertEquals(200, issued.status(), issued.body());
        assertEquals("application/pem-certificate-chain", issued.mediaType());
        Path chain = box.write("chain.pem", issued.body());

        DeviceSide.Answer ca = box.fetch("/pki/ca", "ca.pem");
        assertEquals(200, ca.status());
        Path root = box.block(dir.resolve("ca.pem"), 2, "root.pem");
        Path issuing = box.block(dir.resolve("ca.pem"), 1, "issuing.pem");
        Path certificate = box.block(chain, 1, "device.pem");
        Command.Result verified = box.openssl(List.of("openssl", "verify", "-CAfile", root.toString(), "-untrusted",
                issuing.toString(), certificate.toString()));
        assertTrue(verified.output().strip().endsWith("OK"), verified.output());

        String text = box.openssl(List.of("openssl", "x509", "-in", certificate.toString(), "-noout", "-text")).output();
        assertTrue(text.contains("Subject: CN = " + id), text);
        assertTrue(text.contains("URI:urn:tresor:device:" + device.getString("tenantId") + ":" + id), text);
        assertTrue(text.contains("TLS Web Client Authentication"), text);
        // The key in the certificate is the device's own: Tresor never saw the private key.
        String fromCertificate = box.openssl(List.of("openssl", "x509", "-in", certificate.toString(), "-noout",
                "-pubkey")).output();
        String fromKey = box.openssl(List.of("openssl", "pkey", "-in", "device.csr.key", "-pubout")).output();
        assertEquals(fromKey, fromCertificate);

        JsonObject after = registry.device(id);
        assertEquals("ENROLLED", after.getString("state"));
        assertEquals(1, after.getJsonArray("certificates").size());
    }

    @Test
    void revokedCertificateIsListedInTheCrlAndTheDeviceCannotEnrollAgain() {
        Enrolled enrolled = enrolledDevice();
        String id = enrolled.id();
        DeviceSide box = enrolled.box();
        Path csr = enrolled.csr();
        String serial = enrolled.serial();

        assertEquals(200, registry.post("/api/v1/devices/" + id + "/revoke", "{\"reason\":\"keyCompromise\"}").statusCode());

        DeviceSide.Answer crl = box.fetch("/pki/crl", "crl.der");
        assertEquals(200, crl.status());
        assertEquals("application/pkix-crl", crl.mediaType());
        box.fetch("/pki/ca", "ca.pem");
        box.block(dir.resolve("ca.pem"), 1, "issuing.pem");
        Command.Result listed = box.openssl(List.of("openssl", "crl", "-inform", "DER", "-in", "crl.der", "-CAfile",
                "issuing.pem", "-noout", "-text", "-verify"));
        assertTrue(listed.output().contains("verify OK"), listed.output());
        assertTrue(listed.output().contains("Serial Number: " + serial.toUpperCase(Locale.ROOT)), listed.output());
        assertTrue(listed.output().contains("Key Compromise"), listed.output());

        assertEquals("REVOKED", registry.device(id).getString("state"));
        DeviceSide.Answer again = box.enroll(id, id, enrolled.token(), csr);
        assertEquals(403, again.status(), again.body());
        assertTrue(again.body().contains("device.revoked"), again.body());
        assertEquals(409, registry.post("/api/v1/devices/" + id + "/enrollment-token", "").statusCode());
    }

    @Test
    void decommissionedDeviceIsOnTheCrlForCessationOfOperation() {
        Enrolled enrolled = enrolledDevice();
        String id = enrolled.id();
        DeviceSide box = enrolled.box();
        Path csr = enrolled.csr();
        String serial = enrolled.serial();

        assertEquals(200, registry.post("/api/v1/devices/" + id + "/decommission", "").statusCode());
        assertEquals("DECOMMISSIONED", registry.device(id).getString("state"));
        box.fetch("/pki/crl", "crl.der");
        String crl = box.openssl(List.of("openssl", "crl", "-inform", "DER", "-in", "crl.der", "-noout", "-text")).output();
        int entry = crl.indexOf("Serial Number: " + serial.toUpperCase(Locale.ROOT));
        assertTrue(entry >= 0, crl);
        assertTrue(crl.substring(entry).contains("Cessation Of Operation"), crl);
        assertEquals(403, box.enroll(id, id, enrolled.token(), csr).status());
    }

    @Test
    void refusedRequestsGetAClearProblemAndChangeNothing() throws Exception {
        JsonObject device = registry.registerDevice();
        String id = device.getString("id");
        String token = device.getString("enrollmentToken");
        DeviceSide box = new DeviceSide(server, dir);

        assertRefused(box.enroll(id, id, token, box.write("garbage.csr", "-----BEGIN CERTIFICATE REQUEST-----\nnot base64"
                + "\n-----END CERTIFICATE REQUEST-----\n")), 400, "csr.malformed");
        assertRefused(box.enroll(id, id, token, box.request(id, "rsa1024.csr", "-newkey", "rsa:1024")), 400,
                "csr.keyNotAllowed");
        assertRefused(box.enroll(id, id, token, box.write("foreign.csr", signedByAnotherKey(id))), 400, "csr.badSignature");
        assertRefused(box.enroll(id, id, token, box.request("some-other-device", "other.csr")), 400, "csr.wrongSubject");
        Path good = box.request(id, "device.csr");
        assertRefused(box.enroll(id, id, "wrong-" + token, good), 401, "token.invalid");
        assertRefused(box.enroll(id, "another-device", token, good), 401, "token.invalid");

        JsonObject unchanged = registry.device(id);
        assertEquals("REGISTERED", unchanged.getString("state"));
        assertEquals(0, unchanged.getJsonArray("certificates").size());

        // The token survived every refusal; used once, it is gone.
        assertEquals(200, box.enroll(id, id, token, good).status());
        assertRefused(box.enroll(id, id, token, good), 401, "token.invalid");
        assertEquals(1, registry.device(id).getJsonArray("certificates").size());
    }

    @Test
    void expiredTokenIsRefused() throws Exception {
        assumeTrue(Database.postgresUrl().isPresent(), "only PostgreSQL can be changed beside the running server");
        JsonObject device = registry.registerDevice();
        String id = device.getString("id");
        try (Connection c = Database.connectAsOwner(); PreparedStatement ps = c.prepareStatement(
                "UPDATE device SET enrollment_expires_at = now() - interval '1 minute' WHERE id = ?")) {
            ps.setString(1, id);
            assertEquals(1, ps.executeUpdate());
        }
        DeviceSide box = new DeviceSide(server, dir);
        assertRefused(box.enroll(id, id, device.getString("enrollmentToken"), box.request(id, "device.csr")), 401,
                "token.invalid");
        assertEquals("REGISTERED", registry.device(id).getString("state"));
    }

    /** A device registered and enrolled with openssl and curl, with the serial of its certificate. */
    private record Enrolled(String id, String token, DeviceSide box, Path csr, String serial) {
    }

    private Enrolled enrolledDevice() {
        JsonObject device = registry.registerDevice();
        String id = device.getString("id");
        DeviceSide box = new DeviceSide(server, dir);
        Path csr = box.request(id, "device.csr");
        assertEquals(200, box.enroll(id, id, device.getString("enrollmentToken"), csr).status());
        String serial = registry.device(id).getJsonArray("certificates").getJsonObject(0).getString("serial");
        return new Enrolled(id, device.getString("enrollmentToken"), box, csr, serial);
    }

    private static void assertRefused(DeviceSide.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.mediaType());
        assertTrue(answer.body().contains("\"code\":\"" + code + "\""), answer.body());
        assertTrue(answer.body().contains("\"detail\""), answer.body());
    }

    /** A request carrying one key but signed with another: it proves possession of nothing. */
    private static String signedByAnotherKey(String commonName) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair claimed = generator.generateKeyPair();
        KeyPair signer = generator.generateKeyPair();
        byte[] der = new JcaPKCS10CertificationRequestBuilder(new X500Name("CN=" + commonName), claimed.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(signer.getPrivate())).getEncoded();
        return "-----BEGIN CERTIFICATE REQUEST-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE REQUEST-----\n";
    }
}
