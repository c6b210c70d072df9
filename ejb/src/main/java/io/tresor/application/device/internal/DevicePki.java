package io.tresor.application.device.internal;

import io.tresor.application.crypto.Keystores;
import io.tresor.application.shared.Settings;
import io.tresor.domain.device.DeviceCertificate;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The installation's device CA, opened (or created at first start) from
 * {@code TRESOR_HOME/keys/device-ca.p12}, protected by the master keystore's password like the
 * other keystores. Keeps the CRL it last signed until a revocation makes it stale.
 */
@ApplicationScoped
public class DevicePki {

    /** A CRL says when the next one is due; clients refetch by then even without revocations. */
    static final Duration CRL_VALIDITY = Duration.ofDays(1);

    @Inject
    Settings settings;

    @Inject
    Keystores keystores;

    private DeviceCa ca;
    private volatile SignedCrl crl;

    private record SignedCrl(byte[] der, Instant nextUpdate) {
    }

    @PostConstruct
    void open() {
        ca = DeviceCa.openOrCreate(keystores.open("device-ca.p12"), "Tresor");
    }

    public DeviceCa ca() {
        return ca;
    }

    /**
     * The CRL for these revoked certificates: the one signed before unless it is stale. The
     * CRL number is the signing time in milliseconds, so it only grows, also across restarts.
     */
    public byte[] crl(List<DeviceCertificate> revoked) {
        SignedCrl current = crl;
        Instant now = Instant.now();
        if (current == null || now.isAfter(current.nextUpdate().minus(CRL_VALIDITY.dividedBy(2)))) {
            List<DeviceCa.Revocation> entries = revoked.stream().map(c -> new DeviceCa.Revocation(new BigInteger(c.getSerial(), 16),
                    c.getRevokedAt(), DeviceCa.reasonCode(c.getRevocationReason()))).toList();
            current = new SignedCrl(ca.crl(entries, now.toEpochMilli(), now, now.plus(CRL_VALIDITY)), now.plus(CRL_VALIDITY));
            crl = current;
        }
        return current.der();
    }

    /** After a revocation: the next request signs a CRL that lists it. */
    public void crlStale() {
        crl = null;
    }

    static String serialHex(X509Certificate c) {
        return c.getSerialNumber().toString(16);
    }

    static String fingerprint(X509Certificate c) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(c.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("Cannot fingerprint a certificate", e);
        }
    }
}
