package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetTypeService.AssetTypeView;
import java.util.List;

/** An asset type of the catalogue with its telemetry schema. */
public record AssetType(String id, String name, String partNumber, String manufacturer, List<Metric> telemetrySchema) {

    static AssetType of(AssetTypeView t) {
        return new AssetType(t.id(), t.name(), t.partNumber(), t.manufacturer(),
                t.telemetrySchema().stream().map(Metric::of).toList());
    }
}
