package io.tresor.application.device.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;

/** Keys, CSRs and the openssl binary for the device PKI tests. */
final class TestPki {

    private static final Path OPENSSL = Path.of("/usr/bin/openssl");

    /** BouncyCastle knows curves the JDK 17 provider dropped (secp256k1); not registered, so no test changes the JVM. */
    static final Provider BC = new BouncyCastleProvider();

    record Result(int exitCode, String output) {
    }

    private TestPki() {
    }

    static KeyPair ec(String curve) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BC);
        generator.initialize(new ECGenParameterSpec(curve));
        return generator.generateKeyPair();
    }

    static KeyPair rsa(int bits) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(bits);
        return generator.generateKeyPair();
    }

    static KeyPair ed25519() throws GeneralSecurityException {
        return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    }

    /** A request for {@code key}, signed by {@code signer}: the same pair's private key unless a test forges one. */
    static PKCS10CertificationRequest csr(String subject, PublicKey key, PrivateKey signer) throws OperatorCreationException {
        String algorithm = switch (signer.getAlgorithm()) {
            case "RSA" -> "SHA256withRSA";
            case "Ed25519", "EdDSA" -> "Ed25519";
            default -> "SHA256withECDSA";
        };
        return new JcaPKCS10CertificationRequestBuilder(new X500Name(subject), key)
                .build(new JcaContentSignerBuilder(algorithm).setProvider(BC).build(signer));
    }

    static PKCS10CertificationRequest csr(String subject, KeyPair pair) throws OperatorCreationException {
        return csr(subject, pair.getPublic(), pair.getPrivate());
    }

    static String pem(Object object) throws IOException {
        StringWriter out = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(out)) {
            writer.writeObject(object);
        }
        return out.toString();
    }

    static CertificationRequest parsed(String subject, KeyPair pair) throws Exception {
        return CertificationRequest.parseDer(csr(subject, pair).getEncoded());
    }

    /** Runs openssl in {@code dir}; skips the calling test where openssl is not installed. */
    static Result openssl(Path dir, String... arguments) throws IOException, InterruptedException {
        assumeTrue(Files.isExecutable(OPENSSL), "openssl is not installed at " + OPENSSL);
        List<String> command = new ArrayList<>(List.of(OPENSSL.toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.waitFor(), output);
    }
}
