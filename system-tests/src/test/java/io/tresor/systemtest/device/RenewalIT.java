package io.tresor.systemtest.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Command;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renewal before expiry: openssl makes the device's keys and requests, jose4j signs the renewal
 * request with the key openssl made (as device firmware would with its JOSE library), curl sends it.
 */
class RenewalIT {

    private final TresorServer server = TresorServer.get();
    private final Registry registry = new Registry(server);

    @TempDir
    Path dir;

    @Test
    void deviceRenewsWithARequestSignedByItsCurrentKeyAndTheOldCertificateIsSuperseded() throws Exception {
        DeviceSide box = new DeviceSide(server, dir);
        String id = enrolledDevice(box);
        Path renewCsr = box.request(id, "renew.csr");

        DeviceSide.Answer renewed = renew(box, id, signed(box, "current.pem", "device.csr.key", id, renewCsr));
        assertEquals(200, renewed.status(), renewed.body());
        assertEquals("application/pem-certificate-chain", renewed.mediaType());
        Path chain = box.write("renewed-chain.pem", renewed.body());
        Path fresh = box.block(chain, 1, "renewed.pem");
        box.fetch("/pki/ca", "ca.pem");
        Command.Result verified = box.openssl(List.of("openssl", "verify", "-CAfile",
                box.block(dir.resolve("ca.pem"), 2, "root.pem").toString(), "-untrusted",
                box.block(dir.resolve("ca.pem"), 1, "issuing.pem").toString(), fresh.toString()));
        assertTrue(verified.output().strip().endsWith("OK"), verified.output());
        assertEquals(box.openssl(List.of("openssl", "pkey", "-in", "renew.csr.key", "-pubout")).output(),
                box.openssl(List.of("openssl", "x509", "-in", fresh.toString(), "-noout", "-pubkey")).output());

        JsonArray certificates = registry.device(id).getJsonArray("certificates");
        assertEquals(2, certificates.size());
        assertEquals(List.of("SUPERSEDED", "VALID"), certificates.stream()
                .map(c -> c.asJsonObject().getString("status")).sorted().toList());

        // The new certificate renews in turn; the device's state did not change.
        DeviceSide.Answer next = renew(box, id, signed(box, "renewed.pem", "renew.csr.key", id, box.request(id, "next.csr")));
        assertEquals(200, next.status(), next.body());
        assertEquals("ENROLLED", registry.device(id).getString("state"));
    }

    @Test
    void renewalsNotSignedByTheDevicesCurrentKeyAreRefusedAndChangeNothing() throws Exception {
        DeviceSide box = new DeviceSide(server, dir);
        String id = enrolledDevice(box);
        Path renewCsr = box.request(id, "renew.csr");

        // Signed with the new key instead of the certificate's.
        assertRefused(renew(box, id, signed(box, "current.pem", "renew.csr.key", id, renewCsr)), 403, "certificate.invalid");
        // Another device's certificate and key, for this device.
        DeviceSide other = new DeviceSide(server, Files.createDirectory(dir.resolve("other")));
        String otherId = enrolledDevice(other);
        assertRefused(renew(box, id, signed(other, "current.pem", "device.csr.key", otherId, other.request(otherId, "r.csr"))),
                403, "certificate.invalid");
        assertRefused(renew(box, id, signed(box, "current.pem", "device.csr.key", otherId, renewCsr)), 400,
                "renewal.malformed");
        // A request that names another device in its CSR.
        assertRefused(renew(box, id, signed(box, "current.pem", "device.csr.key", id, box.request("someone-else", "x.csr"))),
                400, "csr.wrongSubject");
        assertRefused(renew(box, id, "not a jws"), 400, "renewal.malformed");
        assertEquals(1, registry.device(id).getJsonArray("certificates").size());

        assertEquals(200, registry.post("/api/v1/devices/" + id + "/suspend", "").statusCode());
        assertRefused(renew(box, id, signed(box, "current.pem", "device.csr.key", id, renewCsr)), 403, "device.suspended");
        assertEquals(200, registry.post("/api/v1/devices/" + id + "/revoke", "{\"reason\":\"keyCompromise\"}").statusCode());
        assertRefused(renew(box, id, signed(box, "current.pem", "device.csr.key", id, renewCsr)), 403, "device.revoked");
        assertEquals(1, registry.device(id).getJsonArray("certificates").size());
    }

    /** A device enrolled with its token; its key is {@code device.csr.key}, its certificate {@code current.pem}. */
    private String enrolledDevice(DeviceSide box) {
        JsonObject device = registry.registerDevice();
        String id = device.getString("id");
        DeviceSide.Answer enrolled = box.enroll(id, id, device.getString("enrollmentToken"), box.request(id, "device.csr"));
        assertEquals(200, enrolled.status(), enrolled.body());
        box.block(box.write("chain.pem", enrolled.body()), 1, "current.pem");
        return id;
    }

    private static DeviceSide.Answer renew(DeviceSide box, String id, String jws) {
        box.write("renewal.jws", jws);
        return box.curl("renewal.out", "-H", "Content-Type: application/jose", "--data-binary", "@renewal.jws",
                box.url("/api/v1/devices/" + id + "/renew"));
    }

    /** The renewal request: claims sub, iat, exp, csr, signed ES256 with the key in {@code keyFile}, x5c = {@code certificateFile}. */
    private static String signed(DeviceSide box, String certificateFile, String keyFile, String subject, Path csr)
            throws Exception {
        X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(Files.readAllBytes(box.dir.resolve(certificateFile))));
        String pem = Files.readString(box.dir.resolve(keyFile));
        byte[] pkcs8 = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
        PrivateKey key = KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        JwtClaims claims = new JwtClaims();
        claims.setSubject(subject);
        claims.setIssuedAt(NumericDate.fromSeconds(Instant.now().getEpochSecond()));
        claims.setExpirationTime(NumericDate.fromSeconds(Instant.now().plusSeconds(300).getEpochSecond()));
        claims.setStringClaim("csr", Files.readString(csr));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setCertificateChainHeaderValue(certificate);
        jws.setKey(key);
        return jws.getCompactSerialization();
    }

    private static void assertRefused(DeviceSide.Answer answer, int status, String code) {
        assertEquals(status, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.mediaType());
        assertTrue(answer.body().contains("\"code\":\"" + code + "\""), answer.body());
    }
}
