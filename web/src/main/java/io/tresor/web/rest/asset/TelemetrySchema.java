package io.tresor.web.rest.asset;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The whole new telemetry schema of an asset type (an empty list clears it). */
public record TelemetrySchema(@NotNull List<@Valid Metric> telemetrySchema) {
}
