package io.tresor.web.portal.asset;

import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.AssetService.AssetView;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.shared.InvalidPage;
import io.tresor.application.shared.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;

/**
 * The asset table's rows, fetched a page at a time: paging, sorting and the filters of the form
 * above the table are done by the database through {@link AssetService}, so the table stays fast
 * with a hundred thousand assets.
 */
public class AssetRows extends LazyDataModel<AssetView> {

    private static final long serialVersionUID = 1L;

    /** The filters as the page holds them. */
    public record Filters(String tenantId, String assetTypeId, String siteId, String status, String serialNumber) {
    }

    private final AssetService assets;
    private final Supplier<Filters> filters;

    public AssetRows(AssetService assets, Supplier<Filters> filters) {
        this.assets = assets;
        this.filters = filters;
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        try {
            return (int) assets.count(query(null, 0, 1));
        } catch (InstalledBaseException | InvalidPage e) {
            return 0;
        }
    }

    @Override
    public List<AssetView> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        SortMeta sort = sortBy.values().stream().findFirst().orElse(null);
        try {
            return assets.page(query(sort, first, pageSize)).items();
        } catch (InstalledBaseException | InvalidPage e) {
            return List.of();
        }
    }

    private AssetService.Query query(SortMeta sort, int first, int pageSize) throws InvalidPage {
        Filters f = filters.get();
        return new AssetService.Query(f.tenantId(), f.assetTypeId(), f.siteId(), f.status(), f.serialNumber(),
                sort == null ? AssetService.Sort.SERIAL_NUMBER : sortField(sort.getField()),
                sort == null || sort.getOrder() != SortOrder.DESCENDING, PageRequest.of(first, pageSize));
    }

    private static AssetService.Sort sortField(String field) {
        return switch (field == null ? "" : field) {
            case "assetTypeName" -> AssetService.Sort.ASSET_TYPE;
            case "status" -> AssetService.Sort.STATUS;
            case "installedOn" -> AssetService.Sort.INSTALLED_ON;
            case "lastSeenAt" -> AssetService.Sort.LAST_SEEN;
            default -> AssetService.Sort.SERIAL_NUMBER;
        };
    }

    @Override
    public String getRowKey(AssetView asset) {
        return asset.id();
    }
}
