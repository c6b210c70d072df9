package io.tresor.domain.asset;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One metric of a telemetry schema: its name as devices send it, its unit and its plausible
 * range (values outside it are implausible, not merely high). Min and max are for numbers only.
 */
public record Metric(String name, String unit, MetricType type, Double min, Double max) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-zA-Z0-9_]{0,62}");

    public Metric {
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A metric name starts with a lower-case letter and has up to 63 letters,"
                    + " digits or underscores: " + name);
        }
        Objects.requireNonNull(type, "The metric " + name + " needs a type");
        unit = unit == null || unit.isBlank() ? null : unit.strip();
        if (unit != null && unit.length() > 20) {
            throw new IllegalArgumentException("The unit of " + name + " is longer than 20 characters");
        }
        if (type == MetricType.BOOLEAN && (min != null || max != null)) {
            throw new IllegalArgumentException("The boolean metric " + name + " cannot have a range");
        }
        if (min != null && max != null && min > max) {
            throw new IllegalArgumentException("The range of " + name + " ends below its start");
        }
    }
}
