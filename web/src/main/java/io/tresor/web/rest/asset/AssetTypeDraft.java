package io.tresor.web.rest.asset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** A new asset type; without a telemetry schema it has none yet. */
public record AssetTypeDraft(@NotNull String name, @NotNull String partNumber, String manufacturer,
                             List<@Valid Metric> telemetrySchema) {
}
