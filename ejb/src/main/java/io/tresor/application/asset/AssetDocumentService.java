package io.tresor.application.asset;

import java.time.Instant;
import java.util.List;

/**
 * Documents of an asset type (manuals, spare-part lists). The manufacturer's side uploads and
 * deletes them; a customer reads those of the types it has assets of. Uploads are checked by
 * size and by content, not by the name a browser sends: only PDF, PNG, JPEG, plain text or CSV,
 * and Word or Excel documents without macros.
 */
public interface AssetDocumentService {

    /** Uploads above this size are refused; manuals with photos stay well below it. */
    int MAX_BYTES = 20 * 1024 * 1024;

    record DocumentView(String id, String assetTypeId, String fileName, String mediaType, long size, String sha256,
                        Instant uploadedAt) {
    }

    record Download(String fileName, String mediaType, byte[] content) {
    }

    List<DocumentView> list(String assetTypeId) throws InstalledBaseException;

    DocumentView upload(String assetTypeId, String fileName, byte[] content) throws InstalledBaseException;

    Download download(String documentId) throws InstalledBaseException;

    void delete(String documentId) throws InstalledBaseException;
}
