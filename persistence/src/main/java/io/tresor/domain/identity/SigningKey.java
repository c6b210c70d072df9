package io.tresor.domain.identity;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/**
 * A key pair that signs integrator tokens. It signs until {@code signUntil}; its public
 * half stays in the JWKS until {@code publishUntil}, so tokens it signed verify until they
 * expire. The private key is stored wrapped (encrypted) under the platform's master key.
 */
@Entity
@Cacheable(false)
@Table(name = "signing_key")
@NamedQuery(name = "SigningKey.published",
        query = "SELECT k FROM SigningKey k WHERE k.publishUntil > :now ORDER BY k.createdAt DESC")
public class SigningKey {

    @Id
    @Column(length = 64)
    private String kid;

    @Column(nullable = false, length = 10)
    private String algorithm;

    @Column(name = "public_jwk", nullable = false, length = 4000)
    private String publicJwk;

    @Column(name = "private_key_wrapped", nullable = false, length = 4000)
    private String privateKeyWrapped;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sign_until", nullable = false)
    private Instant signUntil;

    @Column(name = "publish_until", nullable = false)
    private Instant publishUntil;

    protected SigningKey() {
    }

    public SigningKey(String kid, String algorithm, String publicJwk, String privateKeyWrapped,
                      Instant createdAt, Instant signUntil, Instant publishUntil) {
        this.kid = Objects.requireNonNull(kid);
        this.algorithm = Objects.requireNonNull(algorithm);
        this.publicJwk = Objects.requireNonNull(publicJwk);
        this.privateKeyWrapped = Objects.requireNonNull(privateKeyWrapped);
        this.createdAt = createdAt;
        this.signUntil = signUntil;
        this.publishUntil = publishUntil;
        if (!signUntil.isAfter(createdAt) || publishUntil.isBefore(signUntil)) {
            throw new IllegalArgumentException("A signing key must sign for a while and be published at least as long");
        }
    }

    public boolean canSignAt(Instant now) {
        return now.isBefore(signUntil);
    }

    /** After a master key rotation the same private key is stored under the new master key. */
    public void rewrap(String newWrapped) {
        privateKeyWrapped = Objects.requireNonNull(newWrapped);
    }

    public String getKid() {
        return kid;
    }

    public String getAlgorithm() {
        return algorithm;
    }

    public String getPublicJwk() {
        return publicJwk;
    }

    public String getPrivateKeyWrapped() {
        return privateKeyWrapped;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSignUntil() {
        return signUntil;
    }

    public Instant getPublishUntil() {
        return publishUntil;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SigningKey other && kid.equals(other.kid);
    }

    @Override
    public int hashCode() {
        return kid.hashCode();
    }
}
