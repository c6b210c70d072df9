package io.tresor.application.asset.internal;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.Roles;
import io.tresor.application.tenant.ManufacturerSide;
import io.tresor.application.shared.TenantData;
import io.tresor.domain.asset.AssetDocument;
import io.tresor.domain.asset.AssetDocumentContent;
import io.tresor.domain.shared.Tenancy;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR, Roles.CUSTOMER_USER, Roles.CUSTOMER_ADMIN})
public class AssetDocumentServiceBean implements AssetDocumentService {

    @PersistenceContext(unitName = Tenancy.PLATFORM_UNIT)
    EntityManager em;

    @Inject
    TenantData data;

    @Inject
    Audit audit;

    @Override
    public List<DocumentView> list(String assetTypeId) throws InstalledBaseException {
        requireReadable(assetTypeId);
        return em.createNamedQuery("AssetDocument.ofType", AssetDocument.class).setParameter("assetTypeId", assetTypeId)
                .getResultStream().map(AssetDocumentServiceBean::view).toList();
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public DocumentView upload(String assetTypeId, String fileName, byte[] content) throws InstalledBaseException {
        AssetTypeServiceBean.find(em, assetTypeId);
        String name = DocumentTypes.cleanName(fileName);
        String mediaType = DocumentTypes.mediaType(name, content);
        AssetDocument document = new AssetDocument(assetTypeId, name, mediaType, content.length, sha256(content),
                Instant.now());
        em.persist(document);
        em.persist(new AssetDocumentContent(document, content));
        audit.record(AuditRecord.of(AuditAction.ASSET_DOCUMENT_UPLOADED).target("asset-document", document.getId())
                .detail("assetType", assetTypeId).detail("size", content.length));
        return view(document);
    }

    @Override
    public Download download(String documentId) throws InstalledBaseException {
        AssetDocument document = find(documentId);
        requireReadable(document.getAssetTypeId());
        return new Download(document.getFileName(), document.getMediaType(),
                em.find(AssetDocumentContent.class, document.getId()).getContent());
    }

    @Override
    @RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
    @ManufacturerSide
    public void delete(String documentId) throws InstalledBaseException {
        AssetDocument document = find(documentId);
        em.remove(em.find(AssetDocumentContent.class, documentId));
        em.remove(document);
        audit.record(AuditRecord.of(AuditAction.ASSET_DOCUMENT_DELETED).target("asset-document", documentId)
                .detail("assetType", document.getAssetTypeId()));
    }

    /** The manufacturer's side reads every type's documents, a customer those of types it has assets of. */
    private void requireReadable(String assetTypeId) throws InstalledBaseException {
        AssetTypeServiceBean.find(em, assetTypeId);
        // Counted within the caller's reach: a customer owns assets of the type, or the type is not theirs to see.
        if (!data.reach().isEverything() && data.namedQuery("Asset.countOfType", Long.class)
                .setParameter("assetTypeId", assetTypeId).getSingleResult() == 0) {
            throw InstalledBaseException.notFound(InstalledBaseException.ASSET_TYPE_NOT_FOUND,
                    "asset type", assetTypeId);
        }
    }

    private AssetDocument find(String id) throws InstalledBaseException {
        AssetDocument document = id == null ? null : em.find(AssetDocument.class, id);
        if (document == null) {
            throw InstalledBaseException.notFound(InstalledBaseException.DOCUMENT_NOT_FOUND, "document", id);
        }
        return document;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentView view(AssetDocument d) {
        return new DocumentView(d.getId(), d.getAssetTypeId(), d.getFileName(), d.getMediaType(), d.getSize(), d.getSha256(),
                d.getUploadedAt());
    }
}
