package io.tresor.web.rest.asset;

import java.time.LocalDate;

/** Where an asset stands (one of its owner's sites; absent: none) and when it was installed. */
public record AssetPlacement(String siteId, LocalDate installedOn) {
}
