package io.tresor.domain.asset;

/**
 * What a metric's values are. There is deliberately no free text: telemetry must not become a
 * channel for personal data (data minimisation by allow-list).
 */
public enum MetricType {
    NUMBER, INTEGER, BOOLEAN
}
