package io.tresor.domain.asset;

import io.tresor.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** A product model of the manufacturer, e.g. a vacuum pump series, with the telemetry its devices may send. */
@Entity
@Table(name = "asset_type")
@NamedQuery(name = "AssetType.all", query = "SELECT t FROM AssetType t ORDER BY t.name")
@NamedQuery(name = "AssetType.byName", query = "SELECT t FROM AssetType t WHERE t.name = :name")
@NamedQuery(name = "AssetType.byPartNumber", query = "SELECT t FROM AssetType t WHERE t.partNumber = :partNumber")
public class AssetType {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "part_number", nullable = false, length = 100)
    private String partNumber;

    @Column(length = 200)
    private String manufacturer;

    @Convert(converter = TelemetrySchemaConverter.class)
    @Column(name = "telemetry_schema", nullable = false, length = 8000)
    private List<Metric> telemetrySchema;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected AssetType() {
    }

    public AssetType(String name, String partNumber, String manufacturer, List<Metric> telemetrySchema, Instant now) {
        this.id = Ids.newId();
        this.name = Texts.required(name, 200, "An asset type needs a name");
        this.partNumber = Texts.required(partNumber, 100, "An asset type needs a manufacturer part number");
        this.manufacturer = Texts.optional(manufacturer, 200, "The manufacturer's name is too long");
        this.telemetrySchema = requireSchema(telemetrySchema);
        this.createdAt = Objects.requireNonNull(now, "now");
    }

    private static List<Metric> requireSchema(List<Metric> metrics) {
        List<Metric> copy = List.copyOf(metrics == null ? List.of() : metrics);
        Set<String> names = new HashSet<>();
        for (Metric m : copy) {
            if (!names.add(m.name())) {
                throw new IllegalArgumentException("The metric " + m.name() + " is listed twice");
            }
        }
        return copy;
    }

    /** Replaces the schema whole; devices already sending keep working for the metrics that stay. */
    public void changeSchema(List<Metric> metrics) {
        this.telemetrySchema = requireSchema(metrics);
    }

    public void rename(String newName, String newManufacturer) {
        this.name = Texts.required(newName, 200, "An asset type needs a name");
        this.manufacturer = Texts.optional(newManufacturer, 200, "The manufacturer's name is too long");
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public List<Metric> getTelemetrySchema() {
        return telemetrySchema;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AssetType other && id.equals(other.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
