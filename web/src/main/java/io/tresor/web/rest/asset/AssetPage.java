package io.tresor.web.rest.asset;

import java.util.List;

/** One page of assets: the items, how many match in all, and the page asked for. */
public record AssetPage(List<Asset> items, long total, int offset, int limit) {
}
