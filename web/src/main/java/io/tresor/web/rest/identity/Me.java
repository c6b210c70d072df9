package io.tresor.web.rest.identity;

import java.util.List;

/** The caller of the token: its client, its tenant and the token's scopes. */
public record Me(String clientId, String tenantId, List<String> scopes) {
}
