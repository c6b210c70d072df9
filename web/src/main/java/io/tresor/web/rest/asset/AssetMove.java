package io.tresor.web.rest.asset;

import jakarta.validation.constraints.NotNull;

/** The customer an asset is handed over to. */
public record AssetMove(@NotNull String tenantId) {
}
