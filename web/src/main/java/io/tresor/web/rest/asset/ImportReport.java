package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetImport;
import java.util.List;

/** What a CSV import did: how many rows it registered and which it refused, with line and reason. */
public record ImportReport(int imported, List<RefusedRow> refused) {

    static ImportReport of(AssetImport.Report r) {
        return new ImportReport(r.imported(), r.refused().stream()
                .map(e -> new RefusedRow(e.line(), e.serialNumber(), e.message())).toList());
    }
}
