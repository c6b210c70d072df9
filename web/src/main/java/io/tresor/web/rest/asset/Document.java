package io.tresor.web.rest.asset;

import io.tresor.application.asset.AssetDocumentService.DocumentView;
import java.time.Instant;

/** A document of an asset type (a manual, a spare-part list), without its content. */
public record Document(String id, String assetTypeId, String fileName, String mediaType, long size, String sha256,
                       Instant uploadedAt) {

    static Document of(DocumentView d) {
        return new Document(d.id(), d.assetTypeId(), d.fileName(), d.mediaType(), d.size(), d.sha256(), d.uploadedAt());
    }
}
