package io.tresor.web.rest.asset;

import java.util.List;

/** The sites within the caller's reach. */
public record SiteList(List<SiteSummary> items) {
}
