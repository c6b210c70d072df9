package io.tresor.domain.asset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/** The bytes of an {@link AssetDocument}, read only for a download. Never cached: documents are big. */
@Entity
@jakarta.persistence.Cacheable(false)
@Table(name = "asset_document_content")
public class AssetDocumentContent {

    @Id
    @Column(length = 36)
    private String id;

    @Column(nullable = false)
    private byte[] content;

    protected AssetDocumentContent() {
    }

    public AssetDocumentContent(AssetDocument document, byte[] content) {
        this.id = document.getId();
        this.content = Objects.requireNonNull(content, "content").clone();
    }

    public byte[] getContent() {
        return content.clone();
    }
}
