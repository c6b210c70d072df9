package io.tresor.domain.asset;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.io.StringReader;
import java.util.List;

/**
 * Stores a telemetry schema as the JSON list integrators see ({@code name, unit, type, min,
 * max}), in one column: the schema is always read and replaced whole.
 */
@Converter
public class TelemetrySchemaConverter implements AttributeConverter<List<Metric>, String> {

    @Override
    public String convertToDatabaseColumn(List<Metric> metrics) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (Metric m : metrics == null ? List.<Metric>of() : metrics) {
            JsonObjectBuilder o = Json.createObjectBuilder().add("name", m.name()).add("type", m.type().name());
            if (m.unit() != null) {
                o.add("unit", m.unit());
            }
            if (m.min() != null) {
                o.add("min", m.min());
            }
            if (m.max() != null) {
                o.add("max", m.max());
            }
            array.add(o);
        }
        return array.build().toString();
    }

    @Override
    public List<Metric> convertToEntityAttribute(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try (var reader = Json.createReader(new StringReader(column))) {
            return reader.readArray().getValuesAs(JsonObject.class).stream()
                    .map(o -> new Metric(o.getString("name"), o.getString("unit", null), MetricType.valueOf(o.getString("type")),
                            number(o, "min"), number(o, "max")))
                    .toList();
        }
    }

    private static Double number(JsonObject o, String key) {
        JsonValue v = o.get(key);
        return v instanceof JsonNumber n ? n.doubleValue() : null;
    }
}
