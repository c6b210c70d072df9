package io.tresor.web.rest.tenant;

import java.util.List;

/** The tenants the client may know of. */
public record TenantList(List<Tenant> items) {
}
