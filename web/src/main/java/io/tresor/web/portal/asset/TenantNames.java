package io.tresor.web.portal.asset;

import io.tresor.application.tenant.TenantDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Names of the tenants the caller may know of, for lists that show ids; customers (of the caller's reach) for choices. */
@Named
@RequestScoped
public class TenantNames {

    @Inject
    TenantDirectory directory;

    private Map<String, String> names;

    public String of(String tenantId) {
        if (names == null) {
            names = directory.visible().stream().collect(Collectors.toMap(TenantDirectory.Entry::id, TenantDirectory.Entry::name));
        }
        return names.getOrDefault(tenantId, tenantId);
    }

    public List<TenantDirectory.Entry> customers() {
        return directory.visible().stream().filter(t -> "CUSTOMER".equals(t.kind())).toList();
    }
}
