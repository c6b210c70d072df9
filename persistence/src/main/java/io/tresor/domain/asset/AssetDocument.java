package io.tresor.domain.asset;

import io.tresor.domain.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;

/** A document of an asset type as lists show it; its bytes are an {@link AssetDocumentContent} of the same id. */
@Entity
@Table(name = "asset_document")
@NamedQuery(name = "AssetDocument.ofType",
        query = "SELECT d FROM AssetDocument d WHERE d.assetTypeId = :assetTypeId ORDER BY d.fileName")
public class AssetDocument {

    @Id
    @Column(length = 36)
    private String id;

    @Column(name = "asset_type_id", nullable = false, length = 36)
    private String assetTypeId;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "media_type", nullable = false, length = 100)
    private String mediaType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(nullable = false, length = 64)
    private String sha256;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    protected AssetDocument() {
    }

    public AssetDocument(String assetTypeId, String fileName, String mediaType, long size, String sha256, Instant now) {
        this.id = Ids.newId();
        this.assetTypeId = Objects.requireNonNull(assetTypeId, "assetTypeId");
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.mediaType = Objects.requireNonNull(mediaType, "mediaType");
        this.size = size;
        this.sha256 = Objects.requireNonNull(sha256, "sha256");
        this.uploadedAt = Objects.requireNonNull(now, "now");
    }

    public String getId() {
        return id;
    }

    public String getAssetTypeId() {
        return assetTypeId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getMediaType() {
        return mediaType;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
