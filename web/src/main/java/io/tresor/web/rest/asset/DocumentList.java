package io.tresor.web.rest.asset;

import java.util.List;

/** The documents of one asset type. */
public record DocumentList(List<Document> items) {
}
