package io.tresor.systemtest.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.systemtest.support.Command;
import io.tresor.systemtest.support.TresorServer;
import jakarta.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * EST (RFC 7030) the way EST clients speak it, with openssl and curl: a DER request in base64,
 * certs-only PKCS#7 in base64 back, decoded and verified with openssl.
 */
class EstIT {

    private final TresorServer server = TresorServer.get();
    private final Registry registry = new Registry(server);

    @TempDir
    Path dir;

    @Test
    void estClientGetsTheCaCertificatesAndEnrollsWithBase64DerRequest() {
        DeviceSide box = new DeviceSide(server, dir);
        DeviceSide.Answer cacerts = box.curl("cacerts.b64", box.url("/.well-known/est/cacerts"));
        assertEquals(200, cacerts.status(), cacerts.body());
        assertEquals("application/pkcs7-mime", cacerts.mediaType());
        Path ca = decodePkcs7(box, "cacerts.b64", "cacerts");
        // The same two CAs as /pki/ca; a PKCS#7 holds its certificates as a SET, in DER's order, not the chain's.
        box.fetch("/pki/ca", "ca.pem");
        Path root = box.block(dir.resolve("ca.pem"), 2, "root.pem");
        Path issuing = box.block(dir.resolve("ca.pem"), 1, "issuing.pem");
        assertEquals(java.util.Set.of(text(root), text(issuing)),
                java.util.Set.of(text(box.block(ca, 1, "est-1.pem")), text(box.block(ca, 2, "est-2.pem"))));

        JsonObject device = registry.registerDevice();
        String id = device.getString("id");
        box.openssl(List.of("openssl", "req", "-new", "-nodes", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-subj", "/CN=" + id, "-keyout", "est.key", "-outform", "DER", "-out", "est.der"));
        box.openssl(List.of("openssl", "base64", "-in", "est.der", "-out", "est.b64"));
        DeviceSide.Answer enrolled = simpleenroll(box, id, device.getString("enrollmentToken"), "est.b64");
        assertEquals(200, enrolled.status(), enrolled.body());
        assertEquals("application/pkcs7-mime", enrolled.mediaType());
        Path certificate = box.block(decodePkcs7(box, "est.b64.answer", "issued"), 1, "device.pem");

        Command.Result verified = box.openssl(List.of("openssl", "verify", "-CAfile", root.toString(), "-untrusted",
                issuing.toString(), certificate.toString()));
        assertTrue(verified.output().strip().endsWith("OK"), verified.output());
        assertEquals(box.openssl(List.of("openssl", "pkey", "-in", "est.key", "-pubout")).output(),
                box.openssl(List.of("openssl", "x509", "-in", certificate.toString(), "-noout", "-pubkey")).output());
        JsonObject after = registry.device(id);
        assertEquals("ENROLLED", after.getString("state"));
        assertEquals(1, after.getJsonArray("certificates").size());

        // The token is used up, exactly as with the PEM enrollment.
        DeviceSide.Answer again = simpleenroll(box, id, device.getString("enrollmentToken"), "est.b64");
        assertEquals(401, again.status(), again.body());
    }

    @Test
    void refusedEstRequestsChangeNothing() {
        JsonObject device = registry.registerDevice();
        String id = device.getString("id");
        String token = device.getString("enrollmentToken");
        DeviceSide box = new DeviceSide(server, dir);
        box.openssl(List.of("openssl", "req", "-new", "-nodes", "-newkey", "rsa:1024", "-subj", "/CN=" + id,
                "-keyout", "weak.key", "-outform", "DER", "-out", "weak.der"));
        box.openssl(List.of("openssl", "base64", "-in", "weak.der", "-out", "weak.b64"));
        box.write("garbage.b64", "this is not base64 at all!\n");

        DeviceSide.Answer weak = simpleenroll(box, id, token, "weak.b64");
        assertEquals(400, weak.status(), weak.body());
        assertTrue(weak.body().contains("csr.keyNotAllowed"), weak.body());
        DeviceSide.Answer garbage = simpleenroll(box, id, token, "garbage.b64");
        assertEquals(400, garbage.status(), garbage.body());
        assertTrue(garbage.body().contains("csr.malformed"), garbage.body());
        DeviceSide.Answer wrongToken = simpleenroll(box, id, "wrong-" + token, "weak.b64");
        assertEquals(401, wrongToken.status(), wrongToken.body());
        DeviceSide.Answer anonymous = box.curl("anonymous.out", "-H", "Content-Type: application/pkcs10", "--data-binary",
                "@weak.b64", box.url("/.well-known/est/simpleenroll"));
        assertEquals(401, anonymous.status(), anonymous.body());

        DeviceSide.Answer reenroll = box.curl("reenroll.out", "-X", "POST", "-H", "Content-Type: application/pkcs10",
                "--data-binary", "@weak.b64", box.url("/.well-known/est/simplereenroll"));
        assertEquals(404, reenroll.status(), reenroll.body());
        assertTrue(reenroll.body().contains("/renew"), reenroll.body());

        JsonObject unchanged = registry.device(id);
        assertEquals("REGISTERED", unchanged.getString("state"));
        assertEquals(0, unchanged.getJsonArray("certificates").size());
    }

    private DeviceSide.Answer simpleenroll(DeviceSide box, String user, String token, String base64File) {
        return box.curl(base64File + ".answer", "-u", user + ":" + token, "-H", "Content-Type: application/pkcs10",
                "--data-binary", "@" + base64File, box.url("/.well-known/est/simpleenroll"));
    }

    /** What an EST client does with the answer: base64-decode, then print the certificates of the PKCS#7. */
    private Path decodePkcs7(DeviceSide box, String answer, String name) {
        box.openssl(List.of("openssl", "base64", "-d", "-in", answer, "-out", name + ".p7"));
        box.openssl(List.of("openssl", "pkcs7", "-inform", "DER", "-in", name + ".p7", "-print_certs", "-out", name + ".pem"));
        return dir.resolve(name + ".pem");
    }

    private static String text(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
