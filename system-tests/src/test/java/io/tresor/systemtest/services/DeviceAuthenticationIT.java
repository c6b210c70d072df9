package io.tresor.systemtest.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.crypto.Sealing;
import io.tresor.application.device.AuthenticationRefused;
import io.tresor.application.device.DeviceAuthentication;
import io.tresor.application.device.DeviceAuthentication.AuthenticatedDevice;
import io.tresor.application.device.internal.CertificationRequest;
import io.tresor.application.device.internal.DeviceKeyToken;
import io.tresor.application.device.internal.DevicePki;
import io.tresor.systemtest.services.DeviceProbe.AssetRow;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.io.IOException;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The service the MQTT connector will call, inside a real Payara Micro on the demo data: devices
 * of enrollment groups register at their first connection, device-key tokens admit registered
 * devices, Tresor's own certificates are checked against their records; every refusal leaves
 * the registry as it was.
 */
@ExtendWith(ArquillianExtension.class)
class DeviceAuthenticationIT {

    @Deployment
    static WebArchive deployment() throws IOException {
        return TestDeployment.of(DeviceAuthenticationIT.class, DeviceProbe.class, DeviceProbe.AssetRow.class,
                FactoryCerts.class, AdminProbe.class);
    }

    @EJB
    DeviceAuthentication auth;

    @EJB
    DeviceProbe probe;

    @EJB
    AdminProbe admin;

    @Inject
    DevicePki pki;

    @Inject
    Sealing sealing;

    private static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 12);
    }

    /** Two assets of one type and one of another type. */
    private List<AssetRow> assets() {
        List<AssetRow> all = probe.assets();
        AssetRow first = all.get(0);
        AssetRow sameType = all.stream().filter(a -> a.assetTypeId().equals(first.assetTypeId()) && a != first).findFirst()
                .orElseThrow();
        AssetRow otherType = all.stream().filter(a -> !a.assetTypeId().equals(first.assetTypeId())).findFirst().orElseThrow();
        return List.of(first, sameType, otherType);
    }

    private static String code(Refusing call) {
        return assertThrows(AuthenticationRefused.class, call::run).code();
    }

    @FunctionalInterface
    interface Refusing {
        void run() throws Exception;
    }

    @Test
    void deviceOfAnX509GroupRegistersOnTheAssetWithItsSerialNumberAtItsFirstConnection() throws Exception {
        AssetRow asset = assets().get(0);
        FactoryCerts factory = new FactoryCerts(newId("Factory"));
        String group = probe.x509Group(newId("group"), asset.assetTypeId(), factory.caPem(), factory.caSubject(),
                factory.caFingerprint());
        String deviceId = newId("box");
        X509Certificate[] chain = {factory.device(deviceId, asset.serialNumber())};

        AuthenticatedDevice first = auth.authenticateWithCertificate(chain);
        assertEquals(new AuthenticatedDevice(deviceId, asset.tenantId(), asset.id(), true), first);
        assertEquals("ACTIVE/" + asset.id() + "/" + group, probe.device(deviceId));
        AuthenticatedDevice again = auth.authenticateWithCertificate(chain);
        assertFalse(again.registeredNow());
        assertEquals(asset.id(), again.assetId());

        // A new certificate of the factory for the same device (e.g. after a repair) is the same device.
        assertEquals(deviceId, auth.authenticateWithCertificate(new X509Certificate[] {
                factory.device(deviceId, asset.serialNumber())}).deviceId());

        probe.suspend(deviceId);
        assertEquals(AuthenticationRefused.DEVICE_SUSPENDED, code(() -> auth.authenticateWithCertificate(chain)));
        probe.revoke(deviceId);
        assertEquals(AuthenticationRefused.DEVICE_REVOKED, code(() -> auth.authenticateWithCertificate(chain)));
    }

    @Test
    void refusedFactoryCertificatesRegisterNothing() throws Exception {
        List<AssetRow> assets = assets();
        AssetRow asset = assets.get(0);
        FactoryCerts factory = new FactoryCerts(newId("Factory"));
        String group = probe.x509Group(newId("group"), asset.assetTypeId(), factory.caPem(), factory.caSubject(),
                factory.caFingerprint());
        FactoryCerts stranger = new FactoryCerts(newId("Stranger"));

        String id = newId("box");
        assertEquals(AuthenticationRefused.CA_UNKNOWN, code(() -> auth.authenticateWithCertificate(
                new X509Certificate[] {stranger.device(id, asset.serialNumber())})));
        assertEquals(AuthenticationRefused.ASSET_UNKNOWN, code(() -> auth.authenticateWithCertificate(
                new X509Certificate[] {factory.device(id, "no-such-serial-" + id)})));
        // The serial number of an asset of another type than the group's.
        assertEquals(AuthenticationRefused.ASSET_UNKNOWN, code(() -> auth.authenticateWithCertificate(
                new X509Certificate[] {factory.device(id, assets.get(2).serialNumber())})));
        assertEquals(AuthenticationRefused.CERTIFICATE_EXPIRED, code(() -> auth.authenticateWithCertificate(
                new X509Certificate[] {factory.device(id, asset.serialNumber(), Instant.now().minus(Duration.ofDays(30)),
                        Instant.now().minus(Duration.ofDays(1)))})));
        assertEquals(AuthenticationRefused.CHAIN_INVALID, code(() -> auth.authenticateWithCertificate(new X509Certificate[0])));
        assertNull(probe.device(id));

        // An id that a device on another asset holds already.
        String taken = newId("box");
        probe.registerDevice(taken, assets.get(1));
        assertEquals(AuthenticationRefused.DEVICE_CONFLICT, code(() -> auth.authenticateWithCertificate(
                new X509Certificate[] {factory.device(taken, asset.serialNumber())})));
        assertEquals("REGISTERED/" + assets.get(1).id() + "/null", probe.device(taken));

        probe.disableGroup(group);
        assertEquals(AuthenticationRefused.CA_UNKNOWN, code(() -> auth.authenticateWithCertificate(
                new X509Certificate[] {factory.device(id, asset.serialNumber())})));
        assertNull(probe.device(id));
    }

    @Test
    void tokenOfADerivedDeviceKeyAdmitsARegisteredDeviceOfTheGroupsAssetType() throws Exception {
        List<AssetRow> assets = assets();
        AssetRow asset = assets.get(0);
        byte[] groupKey = new byte[32];
        new SecureRandom().nextBytes(groupKey);
        String group = probe.symmetricGroup(newId("keys"), asset.assetTypeId(), groupKey);
        String deviceId = newId("box");
        byte[] deviceKey = DeviceKeyToken.deviceKey(groupKey, deviceId);
        Instant soon = Instant.now().plusSeconds(300);

        assertEquals(AuthenticationRefused.DEVICE_UNKNOWN, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(deviceKey, deviceId, group, soon))));
        probe.registerDevice(deviceId, asset);
        AuthenticatedDevice first = auth.authenticateWithKey(DeviceKeyToken.sign(deviceKey, deviceId, group, soon));
        assertEquals(new AuthenticatedDevice(deviceId, asset.tenantId(), asset.id(), true), first);
        assertEquals("ACTIVE/" + asset.id() + "/" + group, probe.device(deviceId));
        assertFalse(auth.authenticateWithKey(DeviceKeyToken.sign(deviceKey, deviceId, group, soon)).registeredNow());

        // After a master key rotation the group key is wrapped anew, and tokens still verify.
        admin.rotateMasterKey();
        assertTrue(probe.groupKeyWrapped(group).startsWith("m" + sealing.masterKeyVersion() + ":"));
        assertEquals(deviceId, auth.authenticateWithKey(DeviceKeyToken.sign(deviceKey, deviceId, group, soon)).deviceId());
    }

    @Test
    void refusedDeviceKeyTokensChangeNothing() throws Exception {
        List<AssetRow> assets = assets();
        byte[] groupKey = new byte[32];
        new SecureRandom().nextBytes(groupKey);
        String group = probe.symmetricGroup(newId("keys"), assets.get(0).assetTypeId(), groupKey);
        String deviceId = newId("box");
        probe.registerDevice(deviceId, assets.get(0));
        byte[] deviceKey = DeviceKeyToken.deviceKey(groupKey, deviceId);
        Instant soon = Instant.now().plusSeconds(300);

        byte[] otherKey = DeviceKeyToken.deviceKey(new byte[32], deviceId);
        assertEquals(AuthenticationRefused.TOKEN_INVALID, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(otherKey, deviceId, group, soon))));
        assertEquals(AuthenticationRefused.TOKEN_INVALID, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(deviceKey, deviceId, UUID.randomUUID().toString(), soon))));
        assertEquals(AuthenticationRefused.TOKEN_EXPIRED, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(deviceKey, deviceId, group, Instant.now().minusSeconds(1)))));
        assertEquals(AuthenticationRefused.TOKEN_TOO_LONG_LIVED, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(deviceKey, deviceId, group, Instant.now().plus(Duration.ofDays(1))))));
        assertEquals(AuthenticationRefused.TOKEN_MALFORMED, code(() -> auth.authenticateWithKey("Bearer nonsense")));

        // A device on an asset of another type than the group's.
        String elsewhere = newId("box");
        probe.registerDevice(elsewhere, assets.get(2));
        assertEquals(AuthenticationRefused.DEVICE_CONFLICT, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(DeviceKeyToken.deviceKey(groupKey, elsewhere), elsewhere, group, soon))));
        assertEquals("REGISTERED/" + assets.get(0).id() + "/null", probe.device(deviceId));
        assertEquals("REGISTERED/" + assets.get(2).id() + "/null", probe.device(elsewhere));

        probe.revoke(deviceId);
        assertEquals(AuthenticationRefused.DEVICE_REVOKED, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(deviceKey, deviceId, group, soon))));
        probe.disableGroup(group);
        String fresh = newId("box");
        probe.registerDevice(fresh, assets.get(0));
        assertEquals(AuthenticationRefused.TOKEN_INVALID, code(() -> auth.authenticateWithKey(
                DeviceKeyToken.sign(DeviceKeyToken.deviceKey(groupKey, fresh), fresh, group, soon))));
        assertEquals("REGISTERED/" + assets.get(0).id() + "/null", probe.device(fresh));
    }

    @Test
    void tresorIssuedCertificateAdmitsItsDeviceUntilItIsRevoked() throws Exception {
        AssetRow asset = assets().get(0);
        String deviceId = newId("box");
        probe.registerDevice(deviceId, asset);
        KeyPair keys = FactoryCerts.keys();
        CertificationRequest csr = CertificationRequest.parseDer(new JcaPKCS10CertificationRequestBuilder(
                new X500Name("CN=" + deviceId), keys.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate())).getEncoded());
        X509Certificate certificate = pki.ca().issue(csr, asset.tenantId(), deviceId, Duration.ofDays(30), Instant.now());
        probe.storeCertificate(deviceId, certificate.getSerialNumber().toString(16),
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded())),
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());

        AuthenticatedDevice admitted = auth.authenticateWithCertificate(new X509Certificate[] {certificate});
        assertEquals(new AuthenticatedDevice(deviceId, asset.tenantId(), asset.id(), false), admitted);
        probe.revoke(deviceId);
        assertEquals(AuthenticationRefused.CERTIFICATE_REVOKED, code(() -> auth.authenticateWithCertificate(
                new X509Certificate[] {certificate})));
    }
}
