package io.tresor.application.shared;

import jakarta.security.enterprise.CallerPrincipal;
import java.util.List;
import java.util.Objects;

/**
 * The authenticated caller as every service sees it: a person (portal) or an integrator
 * client (API). Carries the tenant so that services never take a tenant from a request.
 * The name is the account id or the client id, never an e-mail address, because names end
 * up in logs and audit records.
 */
public class TresorPrincipal extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    /** Whether a person or a machine client is calling. */
    public enum Kind { USER, CLIENT }

    private final Kind kind;
    private final String tenantId;
    private final List<String> scopes;

    public TresorPrincipal(Kind kind, String name, String tenantId, List<String> scopes) {
        super(Objects.requireNonNull(name, "name"));
        this.kind = Objects.requireNonNull(kind, "kind");
        this.tenantId = Objects.requireNonNull(tenantId, "tenantId");
        this.scopes = List.copyOf(scopes);
    }

    public Kind kind() {
        return kind;
    }

    public String tenantId() {
        return tenantId;
    }

    /** OAuth2 scopes of an integrator token; empty for people, whose rights come from roles. */
    public List<String> scopes() {
        return scopes;
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
