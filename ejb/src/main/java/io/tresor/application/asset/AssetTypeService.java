package io.tresor.application.asset;

import java.util.List;

/** The manufacturer's catalogue of asset types; every signed-in caller may read it, the manufacturer's side changes it. */
public interface AssetTypeService {

    record AssetTypeView(String id, String name, String partNumber, String manufacturer, List<MetricSpec> telemetrySchema) {
    }

    List<AssetTypeView> list();

    AssetTypeView get(String id) throws InstalledBaseException;

    AssetTypeView create(String name, String partNumber, String manufacturer, List<MetricSpec> telemetrySchema)
            throws InstalledBaseException;

    /** Replaces the telemetry schema whole. */
    AssetTypeView changeSchema(String id, List<MetricSpec> telemetrySchema) throws InstalledBaseException;
}
