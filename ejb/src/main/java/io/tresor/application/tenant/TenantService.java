package io.tresor.application.tenant;

import java.time.Instant;
import java.util.List;

/** The platform admin's tenants: list, create a customer (with its first admin invited), suspend, reactivate. */
public interface TenantService {

    /** A tenant as the list shows it. */
    record TenantView(String id, String name, String kind, String status, long users, Instant createdAt) {
    }

    List<TenantView> list();

    /** Creates a customer tenant and invites its first CUSTOMER_ADMIN by e-mail. */
    TenantView createCustomer(String name, String adminEmail, String adminName) throws TenantException;

    /** Suspending blocks sign-in and tokens of the tenant's people and clients; data stays. */
    TenantView suspend(String tenantId) throws TenantException;

    TenantView reactivate(String tenantId) throws TenantException;
}
