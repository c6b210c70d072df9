package io.tresor.application.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.shared.Settings;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.junit.jupiter.api.Test;

/** RFC 5424 messages over a real TCP connection, read back the way a syslog receiver frames them (RFC 6587). */
class SyslogExportTest {

    private static EventView event(long seq, String outcome, String targetId) {
        return new EventView(seq, Instant.parse("2026-11-22T10:15:30.123Z"), "USER", "u-1", "t-1", "user.disabled", "user",
                targetId, null, outcome, "src", "req-1", "{\"reason\":\"x\"}", "0".repeat(64), "ab".repeat(32));
    }

    private static SyslogExport export(String target, boolean tls) {
        SyslogExport export = new SyslogExport();
        export.settings = new Settings() {
            @Override
            public Optional<String> siemSyslog() {
                return Optional.of(target);
            }

            @Override
            public boolean siemSyslogTls() {
                return tls;
            }
        };
        return export;
    }

    @Test
    void eventsArriveAsOctetCountedSyslogMessagesWithTheirSequenceAndHash() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> read(server, 2));
            SyslogExport export = export("127.0.0.1:" + server.getLocalPort(), false);
            export.deliver(List.of(event(1, "SUCCESS", "x-1"), event(2, "DENIED", "odd\"]\\id")));
            export.close();

            List<String> messages = received.get(10, TimeUnit.SECONDS);
            assertTrue(messages.get(0).startsWith("<109>1 2026-11-22T10:15:30.123Z "), messages.get(0));
            assertTrue(messages.get(0).contains(" tresor - user.disabled [tresor@32473 seq=\"1\" outcome=\"SUCCESS\""),
                    messages.get(0));
            assertTrue(messages.get(0).contains("hash=\"" + "ab".repeat(32) + "\"]"));
            assertTrue(messages.get(0).endsWith("\"details\":\"{\\\"reason\\\":\\\"x\\\"}\"}"), messages.get(0));
            assertTrue(messages.get(1).startsWith("<108>1 "), "failures and refusals are warnings");
            assertTrue(messages.get(1).contains("targetId=\"odd\\\"\\]\\\\id\""), messages.get(1));
        }
    }

    @Test
    void overTlsEventsReachATrustedReceiverOfTheConfiguredName() throws Exception {
        Identity receiver = Identity.of("localhost");
        try (SSLServerSocket server = receiver.listen()) {
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> read(server, 1));
            SyslogExport export = export("localhost:" + server.getLocalPort(), true);
            export.tls = receiver.trustedBy();
            export.deliver(List.of(event(7, "SUCCESS", "x-7")));
            export.close();
            assertTrue(received.get(10, TimeUnit.SECONDS).get(0).contains("seq=\"7\""));
        }
    }

    @Test
    void overTlsAnUntrustedReceiverGetsNothing() throws Exception {
        Identity receiver = Identity.of("localhost");
        try (SSLServerSocket server = receiver.listen()) {
            CompletableFuture.runAsync(() -> acceptQuietly(server));
            SyslogExport export = export("localhost:" + server.getLocalPort(), true);
            export.tls = Identity.of("localhost").trustedBy();
            assertThrows(SSLException.class, () -> export.deliver(List.of(event(8, "SUCCESS", "x-8"))),
                    "the export stays where it is and tries again later");
        }
    }

    @Test
    void overTlsAReceiverWithAnotherNameGetsNothing() throws Exception {
        Identity receiver = Identity.of("siem.example");
        try (SSLServerSocket server = receiver.listen()) {
            CompletableFuture.runAsync(() -> acceptQuietly(server));
            SyslogExport export = export("localhost:" + server.getLocalPort(), true);
            export.tls = receiver.trustedBy();
            assertThrows(SSLException.class, () -> export.deliver(List.of(event(9, "SUCCESS", "x-9"))));
        }
    }

    private static void acceptQuietly(ServerSocket server) {
        try (Socket socket = server.accept()) {
            socket.getInputStream().read();
        } catch (IOException expected) {
            // the client refuses the handshake
        }
    }

    /** A syslog receiver's key and self-signed certificate for one host name. */
    private record Identity(KeyPair pair, X509Certificate certificate) {

        static Identity of(String host) throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair pair = generator.generateKeyPair();
            X500Name name = new X500Name("CN=" + host);
            Instant now = Instant.now();
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(now.toEpochMilli()),
                    Date.from(now.minusSeconds(60)), Date.from(now.plusSeconds(3600)), name, pair.getPublic());
            builder.addExtension(Extension.subjectAlternativeName, false,
                    new GeneralNames(new GeneralName(GeneralName.dNSName, host)));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(
                    builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(pair.getPrivate())));
            return new Identity(pair, certificate);
        }

        SSLServerSocket listen() throws Exception {
            char[] password = UUID.randomUUID().toString().toCharArray();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("receiver", pair.getPrivate(), password, new Certificate[] {certificate});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(store, password);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), null, null);
            return (SSLServerSocket) context.getServerSocketFactory().createServerSocket(0, 1, InetAddress.getLoopbackAddress());
        }

        SSLSocketFactory trustedBy() throws Exception {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("receiver", certificate);
            TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            trust.init(store);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust.getTrustManagers(), null);
            return context.getSocketFactory();
        }
    }

    private static List<String> read(ServerSocket server, int count) {
        try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
            DataInputStream data = new DataInputStream(in);
            List<String> messages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                StringBuilder length = new StringBuilder();
                for (int ch = data.read(); ch != ' '; ch = data.read()) {
                    length.append((char) ch);
                }
                byte[] message = new byte[Integer.parseInt(length.toString())];
                data.readFully(message);
                messages.add(new String(message, StandardCharsets.UTF_8));
            }
            return messages;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
