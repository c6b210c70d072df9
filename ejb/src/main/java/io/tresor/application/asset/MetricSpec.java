package io.tresor.application.asset;

import io.tresor.domain.asset.Metric;
import io.tresor.domain.asset.MetricType;

/**
 * One metric of a telemetry schema as the contract carries it, so that channels need no type of
 * the persistence module. It is checked when it is made, by the rules of the stored schema
 * ({@link Metric}): a wrong name, unit or range is an {@link IllegalArgumentException} in the
 * caller's hands, before any service is called.
 */
public record MetricSpec(String name, String unit, Type type, Double min, Double max) {

    /** What a metric's values are. */
    public enum Type { NUMBER, INTEGER, BOOLEAN }

    public MetricSpec {
        if (type == null) {
            throw new IllegalArgumentException("The metric " + name + " needs a type");
        }
        unit = new Metric(name, unit, MetricType.valueOf(type.name()), min, max).unit();
    }

    public static MetricSpec of(Metric stored) {
        return new MetricSpec(stored.name(), stored.unit(), Type.valueOf(stored.type().name()), stored.min(), stored.max());
    }

    /** The metric as the asset type stores it. */
    public Metric toStored() {
        return new Metric(name, unit, MetricType.valueOf(type.name()), min, max);
    }
}
