package io.tresor.application.identity.internal;

import io.tresor.application.shared.Secrets;
import io.tresor.application.audit.ActorType;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.ApiAccess;
import io.tresor.application.identity.TokenRequestException;
import io.tresor.application.identity.TokenRequestException.Reason;
import io.tresor.application.identity.TokenService;
import io.tresor.application.shared.TresorPrincipal;
import io.tresor.application.shared.Settings;
import io.tresor.application.shared.SystemJob;
import io.tresor.application.shared.SystemReach;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.identity.IntegratorClient;
import io.tresor.domain.shared.Tenancy;
import io.tresor.domain.tenant.Tenant;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.EllipticCurveJsonWebKey;
import org.jose4j.jwk.JsonWebKey;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Token issuance and verification with jose4j; the only place that builds or trusts a JWT. The
 * client is found by its id before it is authenticated, under the system reach of authentication.
 */
@Stateless
@PermitAll
@SystemReach(SystemJob.AUTHENTICATION)
public class TokenServiceBean implements TokenService {

    private static final Logger LOG = Logger.getLogger(TokenServiceBean.class.getName());
    static final String TYPE = "at+jwt";
    static final String TENANT_CLAIM = "tenant";

    /** The tenant directory: a suspended tenant's clients get no token. */
    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    SigningKeys signingKeys;

    @Inject
    Settings settings;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    LoginThrottle throttle;

    @Inject
    Audit audit;

    @Override
    public IssuedToken issue(String clientId, String clientSecret, String requestedScope, String sourceAddress)
            throws TokenRequestException {
        AuditRecord event = AuditRecord.of(AuditAction.TOKEN_ISSUED).actor(ActorType.CLIENT, clientId).target("client", clientId);
        try {
            IssuedToken token = checkAndIssue(clientId, clientSecret, requestedScope, sourceAddress, event);
            audit.record(event.detail("scope", token.scope()));
            return token;
        } catch (TokenRequestException e) {
            audit.record(event.failed(e.code()));
            throw e;
        }
    }

    /** Notes the client's tenant on the audit event as soon as the client is known. */
    private IssuedToken checkAndIssue(String clientId, String clientSecret, String requestedScope, String sourceAddress,
                                      AuditRecord event) throws TokenRequestException {
        // Client secrets are guessed like passwords are: the same growing delays apply.
        String throttleKey = "client:" + clientId;
        Instant attemptAt = Instant.now();
        IntegratorClient client = client(clientId);
        if (client != null) {
            event.tenant(client.getTenantId());
        }
        long wait = throttle.waitSeconds(throttleKey, sourceAddress, attemptAt);
        if (wait > 0) {
            throw new TokenRequestException(Reason.THROTTLED, "Too many failed attempts; retry later", wait);
        }
        // One message for every authentication failure, so callers cannot probe for client ids.
        if (client == null || !Secrets.matches(clientSecret, client.getSecretHash()) || !client.isEnabled()) {
            throttle.failed(throttleKey, sourceAddress, attemptAt);
            throw new TokenRequestException(Reason.INVALID_CLIENT, "Client authentication failed");
        }
        throttle.succeeded(throttleKey);
        Tenant tenant = em.find(Tenant.class, client.getTenantId());
        if (tenant == null || !tenant.isActive()) {
            throw new TokenRequestException(Reason.INVALID_CLIENT, "Client authentication failed");
        }
        if (!addressAllowed(client.getAllowedCidrs(), sourceAddress)) {
            throw new TokenRequestException(Reason.ADDRESS_NOT_ALLOWED,
                    "Requests from this address are not allowed for this client");
        }
        Set<String> granted = grantedScopes(client, requestedScope);
        String scope = String.join(" ", granted);
        Instant now = Instant.now();
        long lifetime = settings.tokenLifetime().toSeconds();
        return new IssuedToken(sign(client, scope, now, lifetime), lifetime, scope);
    }

    private IntegratorClient client(String clientId) {
        return data.namedQuery("IntegratorClient.byClientId", IntegratorClient.class)
                .setParameter("clientId", clientId == null ? "" : clientId)
                .getResultStream().findFirst().orElse(null);
    }

    static boolean addressAllowed(List<String> cidrs, String address) {
        return cidrs.isEmpty() || cidrs.stream().map(Cidr::parse).anyMatch(c -> c.contains(address));
    }

    private static Set<String> grantedScopes(IntegratorClient client, String requested) throws TokenRequestException {
        if (requested == null || requested.isBlank()) {
            return new LinkedHashSet<>(client.getScopes());
        }
        Set<String> wanted = new LinkedHashSet<>(Arrays.asList(requested.strip().split("\\s+")));
        if (!client.getScopes().containsAll(wanted)) {
            throw new TokenRequestException(Reason.INVALID_SCOPE, "The client does not hold every requested scope");
        }
        return wanted;
    }

    private String sign(IntegratorClient client, String scope, Instant now, long lifetimeSeconds) {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(settings.publicUrl());
        claims.setAudience(settings.tokenAudience());
        claims.setSubject(client.getClientId());
        claims.setClaim("client_id", client.getClientId());
        claims.setClaim(TENANT_CLAIM, client.getTenantId());
        claims.setClaim("scope", scope);
        claims.setIssuedAt(NumericDate.fromMilliseconds(now.toEpochMilli()));
        claims.setNotBefore(NumericDate.fromMilliseconds(now.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(now.plusSeconds(lifetimeSeconds).toEpochMilli()));
        claims.setJwtId(Secrets.newIdentifier(""));
        EllipticCurveJsonWebKey key = signingKeys.current();
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key.getPrivateKey());
        jws.setKeyIdHeaderValue(key.getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256);
        jws.setHeader("typ", TYPE);
        try {
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign a token", e);
        }
    }

    @Override
    public Optional<TresorPrincipal> verify(String jwt) {
        Optional<TresorPrincipal> verified = tryVerify(jwt);
        if (verified.isEmpty() && namesUnknownKey(jwt)) {
            // A token signed by a key another node just created: look once more.
            signingKeys.reloadSoon();
            verified = tryVerify(jwt);
        }
        return verified;
    }

    private Optional<TresorPrincipal> tryVerify(String jwt) {
        JwtConsumer consumer = new JwtConsumerBuilder()
                .setRequireExpirationTime()
                .setMaxFutureValidityInMinutes(16)
                .setAllowedClockSkewInSeconds(30)
                .setRequireSubject()
                .setRequireJwtId()
                .setExpectedIssuer(settings.publicUrl())
                .setExpectedAudience(settings.tokenAudience())
                .setExpectedType(true, TYPE)
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.ECDSA_USING_P256_CURVE_AND_SHA256)
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(signingKeys.publicKeys().getJsonWebKeys()))
                .build();
        try {
            JwtContext context = consumer.process(jwt);
            var headers = context.getJoseObjects().get(0).getHeaders();
            // Key locations from the token itself are never followed; their presence alone is suspicious.
            if (headers.getStringHeaderValue("jku") != null || headers.getStringHeaderValue("x5u") != null
                    || headers.getStringHeaderValue("jwk") != null) {
                return Optional.empty();
            }
            JwtClaims claims = context.getJwtClaims();
            String scope = claims.getStringClaimValue("scope");
            List<String> scopes = scope == null || scope.isBlank() ? List.of() : List.of(scope.split(" "));
            return Optional.of(new TresorPrincipal(TresorPrincipal.Kind.CLIENT, claims.getSubject(),
                    claims.getStringClaimValue(TENANT_CLAIM), scopes));
        } catch (InvalidJwtException | org.jose4j.jwt.MalformedClaimException | RuntimeException e) {
            LOG.fine(() -> "Rejected a bearer token: " + e.getMessage());
            return Optional.empty();
        }
    }

    private boolean namesUnknownKey(String jwt) {
        try {
            JsonWebSignature jws = (JsonWebSignature) JsonWebSignature.fromCompactSerialization(jwt);
            String kid = jws.getKeyIdHeaderValue();
            return kid != null && signingKeys.publicKeys().findJsonWebKey(kid, null, null, null) == null;
        } catch (JoseException | ClassCastException e) {
            return false;
        }
    }

    @Override
    public ApiAccess authorize(String jwt, String sourceAddress) {
        Optional<TresorPrincipal> verified = verify(jwt);
        if (verified.isEmpty()) {
            return ApiAccess.refused(401, "The bearer token is missing, expired or invalid");
        }
        TresorPrincipal principal = verified.get();
        IntegratorClient client = client(principal.getName());
        Tenant tenant = client == null ? null : em.find(Tenant.class, client.getTenantId());
        if (client == null || !client.isEnabled() || tenant == null || !tenant.isActive()) {
            return ApiAccess.refused(401, "The client of this token is no longer enabled");
        }
        if (!addressAllowed(client.getAllowedCidrs(), sourceAddress)) {
            return ApiAccess.refused(403, "Requests from this address are not allowed for this client");
        }
        long wait = rateLimiter.acquire(client.getClientId(), client.getRateLimitPerMinute());
        return wait > 0 ? ApiAccess.throttled(wait) : ApiAccess.granted(principal);
    }

    @Override
    public String jwks() {
        return signingKeys.publicKeys().toJson(JsonWebKey.OutputControlLevel.PUBLIC_ONLY);
    }

    @Override
    // Its own transaction: start-up calls it from the first start's, whose reach is another job's.
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void ensureSigningKey() {
        signingKeys.current();
    }
}
