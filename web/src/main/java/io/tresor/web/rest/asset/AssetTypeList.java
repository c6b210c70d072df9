package io.tresor.web.rest.asset;

import java.util.List;

/** The catalogue of asset types. */
public record AssetTypeList(List<AssetType> items) {
}
