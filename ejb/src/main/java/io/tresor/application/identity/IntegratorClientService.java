package io.tresor.application.identity;

import java.time.Instant;
import java.util.List;

/** The platform admin's management of integrator clients across tenants. */
public interface IntegratorClientService {

    /** A client as the list shows it; the secret is never part of it. */
    record ClientView(String id, String clientId, String name, String tenantId, String tenantName,
                      List<String> scopes, List<String> allowedCidrs, int rateLimitPerMinute, boolean enabled,
                      Instant createdAt) {
    }

    /** What creating a client (or rotating its secret) returns: the secret, shown once and stored hashed. */
    record ClientSecret(String clientId, String clientSecret) {
    }

    List<ClientView> list();

    /** The scopes a client of this tenant may be given. */
    List<String> scopesFor(String tenantId);

    ClientSecret create(String tenantId, String name, List<String> scopes, List<String> allowedCidrs,
                        int rateLimitPerMinute) throws AccountException;

    ClientSecret rotateSecret(String id) throws AccountException;

    void disable(String id) throws AccountException;

    void enable(String id) throws AccountException;
}
