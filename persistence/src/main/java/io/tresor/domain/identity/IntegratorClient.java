package io.tresor.domain.identity;

import io.tresor.domain.shared.TenantOwned;
import io.tresor.domain.shared.Ids;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A machine client (OAuth2 client credentials) bound to one tenant, whose tokens reach what
 * that tenant reaches. It belongs to its tenant; the platform admin manages the clients of
 * every tenant from the manufacturer's side, and token issuance finds it under the system
 * reach of authentication.
 */
@Entity
@Cacheable(false)
@Table(name = "integrator_client")
@NamedQuery(name = "IntegratorClient.byClientId", query = "SELECT c FROM IntegratorClient c WHERE c.clientId = :clientId")
@NamedQuery(name = "IntegratorClient.all", query = "SELECT c FROM IntegratorClient c ORDER BY c.name")
public class IntegratorClient extends TenantOwned {

    /** Requests a minute unless the platform admin sets another limit. */
    public static final int DEFAULT_RATE_LIMIT = 600;

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 200)
    private String secretHash;

    @Convert(converter = StringListConverter.class)
    @Column(length = 1000)
    private List<String> scopes = new ArrayList<>();

    @Convert(converter = StringListConverter.class)
    @Column(name = "allowed_cidrs", length = 1000)
    private List<String> allowedCidrs = new ArrayList<>();

    @Column(name = "rate_limit_per_minute", nullable = false)
    private int rateLimitPerMinute;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected IntegratorClient() {
    }

    public IntegratorClient(String clientId, String tenantId, String name, String secretHash,
                            List<String> scopes, List<String> allowedCidrs, int rateLimitPerMinute, Instant now) {
        super(tenantId);
        this.id = Ids.newId();
        this.clientId = Objects.requireNonNull(clientId);
        if (name == null || name.isBlank() || name.length() > 200) {
            throw new IllegalArgumentException("A client needs a name of 1 to 200 characters");
        }
        this.name = name.strip();
        this.secretHash = Objects.requireNonNull(secretHash);
        this.scopes = new ArrayList<>(scopes);
        this.allowedCidrs = new ArrayList<>(allowedCidrs);
        if (rateLimitPerMinute < 1) {
            throw new IllegalArgumentException("The rate limit must be at least one request a minute");
        }
        this.rateLimitPerMinute = rateLimitPerMinute;
        this.enabled = true;
        this.createdAt = now;
    }

    public void rotateSecret(String newSecretHash) {
        secretHash = Objects.requireNonNull(newSecretHash);
    }

    public void disable() {
        enabled = false;
    }

    public void enable() {
        enabled = true;
    }

    public void restrict(List<String> newScopes, List<String> newCidrs, int newRateLimit) {
        if (newRateLimit < 1) {
            throw new IllegalArgumentException("The rate limit must be at least one request a minute");
        }
        scopes = new ArrayList<>(newScopes);
        allowedCidrs = new ArrayList<>(newCidrs);
        rateLimitPerMinute = newRateLimit;
    }

    public String getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public List<String> getScopes() {
        return List.copyOf(scopes);
    }

    public List<String> getAllowedCidrs() {
        return List.copyOf(allowedCidrs);
    }

    public int getRateLimitPerMinute() {
        return rateLimitPerMinute;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IntegratorClient other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
