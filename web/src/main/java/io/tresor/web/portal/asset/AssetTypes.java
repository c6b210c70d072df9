package io.tresor.web.portal.asset;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.AssetTypeService;
import io.tresor.application.asset.MetricSpec;
import io.tresor.application.asset.MetricSpec.Type;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;

/** portal/assets/types.xhtml: the catalogue of asset types with their telemetry schemas; operators add types. */
@Named
@ViewScoped
public class AssetTypes implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssetTypeService types;

    @Inject
    AssetDocumentService documents;

    private List<AssetTypeService.AssetTypeView> list;
    private String name;
    private String partNumber;
    private String manufacturer;
    private List<MetricRow> metrics = new ArrayList<>(List.of(new MetricRow()));
    private final Map<String, List<AssetDocumentService.DocumentView>> documentsByType = new HashMap<>();
    private String documentType;
    /** The type whose schema the editor changes; empty while it describes a new type. */
    private String editing;

    /** One line of the schema editor; empty lines are ignored. */
    public static class MetricRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String name;
        private String unit;
        private Type type = Type.NUMBER;
        private Double min;
        private Double max;

        static MetricRow of(MetricSpec m) {
            MetricRow row = new MetricRow();
            row.name = m.name();
            row.unit = m.unit();
            row.type = m.type();
            row.min = m.min();
            row.max = m.max();
            return row;
        }

        boolean isEmpty() {
            return name == null || name.isBlank();
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getUnit() {
            return unit;
        }

        public void setUnit(String unit) {
            this.unit = unit;
        }

        public Type getType() {
            return type;
        }

        public void setType(Type type) {
            this.type = type;
        }

        public Double getMin() {
            return min;
        }

        public void setMin(Double min) {
            this.min = min;
        }

        public Double getMax() {
            return max;
        }

        public void setMax(Double max) {
            this.max = max;
        }
    }

    @PostConstruct
    void load() {
        list = types.list();
    }

    public void addMetric() {
        metrics.add(new MetricRow());
    }

    public void removeMetric(MetricRow row) {
        metrics.remove(row);
        if (metrics.isEmpty()) {
            metrics.add(new MetricRow());
        }
    }

    /** The editor switched between a new type and an existing one: it shows that type's schema. */
    public void chooseEditing() {
        metrics = new ArrayList<>();
        list.stream().filter(t -> t.id().equals(editing)).findFirst()
                .ifPresent(t -> t.telemetrySchema().forEach(m -> metrics.add(MetricRow.of(m))));
        if (metrics.isEmpty()) {
            metrics.add(new MetricRow());
        }
    }

    public void create() {
        try {
            List<MetricSpec> schema = new ArrayList<>();
            for (MetricRow row : metrics) {
                if (!row.isEmpty()) {
                    schema.add(new MetricSpec(row.name.strip(), row.unit, row.type, row.min, row.max));
                }
            }
            if (editing != null && !editing.isBlank()) {
                AssetTypeService.AssetTypeView changed = types.changeSchema(editing, schema);
                Messages.info("assetType.schemaChanged", changed.name());
                list = types.list();
                return;
            }
            AssetTypeService.AssetTypeView created = types.create(name, partNumber, manufacturer, schema);
            Messages.info("assetType.created", created.name());
            name = null;
            partNumber = null;
            manufacturer = null;
            metrics = new ArrayList<>(List.of(new MetricRow()));
            list = types.list();
        } catch (IllegalArgumentException e) {
            // A metric row the schema refuses: kept with everything typed so far.
            Messages.error("assetType.metricInvalid");
        } catch (InstalledBaseException e) {
            Messages.refused(e);
        }
    }

    /** The documents of a type, fetched once per view. */
    public List<AssetDocumentService.DocumentView> documentsOf(String typeId) {
        return documentsByType.computeIfAbsent(typeId, id -> {
            try {
                return documents.list(id);
            } catch (InstalledBaseException e) {
                return List.of();
            }
        });
    }

    public void uploadDocument(FileUploadEvent event) {
        if (documentType == null || documentType.isBlank()) {
            Messages.error("documents.chooseType");
            return;
        }
        try (InputStream in = event.getFile().getInputStream()) {
            AssetDocumentService.DocumentView d = documents.upload(documentType, event.getFile().getFileName(),
                    in.readNBytes(AssetDocumentService.MAX_BYTES + 1));
            documentsByType.remove(documentType);
            Messages.info("documents.uploaded", d.fileName());
        } catch (InstalledBaseException e) {
            Messages.refused(e);
        } catch (IOException e) {
            Messages.error("documents.unreadable");
        }
    }

    public void deleteDocument(AssetDocumentService.DocumentView d) {
        try {
            documents.delete(d.id());
            documentsByType.remove(d.assetTypeId());
            Messages.info("documents.deleted", d.fileName());
        } catch (InstalledBaseException e) {
            Messages.refused(e);
        }
    }

    public String getEditing() {
        return editing;
    }

    public void setEditing(String editing) {
        this.editing = editing;
    }

    public String getDocumentType() {
        return documentType;
    }

    public void setDocumentType(String documentType) {
        this.documentType = documentType;
    }

    public List<AssetTypeService.AssetTypeView> getList() {
        return list;
    }

    public Type[] getMetricTypes() {
        return Type.values();
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPartNumber() {
        return partNumber;
    }

    public void setPartNumber(String partNumber) {
        this.partNumber = partNumber;
    }

    public String getManufacturer() {
        return manufacturer;
    }

    public void setManufacturer(String manufacturer) {
        this.manufacturer = manufacturer;
    }

    public List<MetricRow> getMetrics() {
        return metrics;
    }
}
