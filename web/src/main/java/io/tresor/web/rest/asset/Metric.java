package io.tresor.web.rest.asset;

import io.tresor.application.asset.MetricSpec;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;

/**
 * One metric of a telemetry schema: its name as devices send it, its unit, its type
 * ({@code number}, {@code integer} or {@code boolean}) and its plausible range.
 */
public record Metric(@NotNull String name, String unit, @NotNull String type, Double min, Double max) {

    static Metric of(MetricSpec m) {
        return new Metric(m.name(), m.unit(), m.type().name().toLowerCase(Locale.ROOT), m.min(), m.max());
    }

    /** The schema as the service takes it; a wrong type or range is a problem naming the metric. */
    static List<MetricSpec> toService(List<Metric> schema) {
        if (schema == null) {
            return List.of();
        }
        return schema.stream().map(Metric::toService).toList();
    }

    private MetricSpec toService() {
        MetricSpec.Type metricType;
        try {
            metricType = MetricSpec.Type.valueOf(type.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw io.tresor.web.rest.JsonBodies.bad(io.tresor.web.rest.JsonBodies.FIELD_INVALID,
                    "The metric type is one of number, integer, boolean, not " + type);
        }
        try {
            return new MetricSpec(name, unit, metricType, min, max);
        } catch (IllegalArgumentException e) {
            throw io.tresor.web.rest.JsonBodies.bad(io.tresor.web.rest.JsonBodies.FIELD_INVALID, e.getMessage());
        }
    }
}
