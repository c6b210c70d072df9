package io.tresor.application.identity.internal;

import io.tresor.application.shared.Secrets;
import io.tresor.application.crypto.Sealing;
import io.tresor.application.shared.Settings;
import io.tresor.domain.identity.SigningKey;
import io.tresor.domain.shared.Tenancy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.logging.Logger;
import org.jose4j.jwk.EcJwkGenerator;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.keys.EllipticCurves;
import org.jose4j.lang.JoseException;

/**
 * The ES256 keys that sign integrator tokens, kept in the database (wrapped by the master key)
 * so every node of a cluster signs and verifies with the same set. A key signs for the
 * rotation period and stays published for one token lifetime longer, so its tokens verify
 * until they expire. The published set is cached and reloaded at most every few seconds,
 * which also bounds the database work that tokens with invented key ids can cause.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());
    private static final Duration RELOAD_AFTER = Duration.ofSeconds(10);

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    Sealing sealing;

    @Inject
    Settings settings;

    Clock clock = Clock.systemUTC();

    private volatile Cache cache = new Cache(List.of(), Map.of(), Instant.EPOCH);

    /** Public keys are parsed once per load, not on every token verification. */
    private record Cache(List<SigningKey> keys, Map<String, JsonWebKey> publicJwks, Instant loadedAt) {
    }

    /** The key to sign with now; creates one when none may sign any more. */
    public EllipticCurveJsonWebKey current() {
        Instant now = clock.instant();
        Optional<SigningKey> usable = published(now).stream().filter(k -> k.canSignAt(now)).findFirst();
        SigningKey key = usable.orElseGet(() -> create(now));
        return privateJwk(key);
    }

    /** Public keys of every published key, for verification and the JWKS endpoint. */
    public JsonWebKeySet publicKeys() {
        Instant now = clock.instant();
        List<SigningKey> keys = published(now);
        Map<String, JsonWebKey> parsed = cache.publicJwks;
        JsonWebKeySet set = new JsonWebKeySet();
        keys.stream().map(k -> parsed.get(k.getKid())).filter(Objects::nonNull).forEach(set::addJsonWebKey);
        return set;
    }

    /** Forces the next call to read the database, e.g. when a token names a key not yet seen. */
    public void reloadSoon() {
        Cache c = cache;
        if (c.loadedAt.plus(Duration.ofSeconds(1)).isBefore(clock.instant())) {
            cache = new Cache(c.keys, c.publicJwks, Instant.EPOCH);
        }
    }

    private List<SigningKey> published(Instant now) {
        Cache c = cache;
        if (c.loadedAt.plus(RELOAD_AFTER).isBefore(now)) {
            List<SigningKey> keys = em.createNamedQuery("SigningKey.published", SigningKey.class)
                    .setParameter("now", now).getResultList();
            keys.forEach(em::detach);
            c = new Cache(List.copyOf(keys), parsePublic(keys), now);
            cache = c;
        }
        return c.keys.stream().filter(k -> k.getPublishUntil().isAfter(now)).toList();
    }

    private static Map<String, JsonWebKey> parsePublic(List<SigningKey> keys) {
        Map<String, JsonWebKey> parsed = new HashMap<>();
        for (SigningKey key : keys) {
            try {
                parsed.put(key.getKid(), JsonWebKey.Factory.newJwk(key.getPublicJwk()));
            } catch (JoseException e) {
                LOG.severe(() -> "Signing key " + key.getKid() + " has an unreadable public key; skipped");
            }
        }
        return Map.copyOf(parsed);
    }

    private synchronized SigningKey create(Instant now) {
        try {
            EllipticCurveJsonWebKey jwk = EcJwkGenerator.generateJwk(EllipticCurves.P256);
            String kid = Secrets.newIdentifier("k-");
            jwk.setKeyId(kid);
            jwk.setUse("sig");
            jwk.setAlgorithm("ES256");
            String wrapped = sealing.seal(jwk.getPrivateKey().getEncoded(), "signing-key:" + kid);
            Instant signUntil = now.plus(settings.signingKeyRotation());
            SigningKey key = new SigningKey(kid, "ES256", jwk.toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY),
                    wrapped, now, signUntil, signUntil.plus(settings.tokenLifetime()).plus(Duration.ofMinutes(5)));
            em.persist(key);
            em.flush();
            cache = new Cache(List.of(), Map.of(), Instant.EPOCH);
            LOG.info(() -> "Created token signing key " + kid);
            return key;
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot create a signing key", e);
        }
    }

    private EllipticCurveJsonWebKey privateJwk(SigningKey key) {
        try {
            EllipticCurveJsonWebKey jwk = (EllipticCurveJsonWebKey) JsonWebKey.Factory.newJwk(key.getPublicJwk());
            jwk.setPrivateKey(sealing.privateKey(key.getPrivateKeyWrapped(), "signing-key:" + key.getKid(), "EC"));
            return jwk;
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot open signing key " + key.getKid(), e);
        }
    }

}
