package io.tresor.web.rest.asset;

import jakarta.validation.constraints.NotNull;

/** An asset's new status: IN_OPERATION, MAINTENANCE, OUT_OF_SERVICE or DECOMMISSIONED (final). */
public record AssetStatusChange(@NotNull String status) {
}
