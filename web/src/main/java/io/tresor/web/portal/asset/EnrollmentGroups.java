package io.tresor.web.portal.asset;

import io.tresor.application.asset.AssetTypeService;
import io.tresor.application.device.DeviceException;
import io.tresor.application.device.EnrollmentGroupService;
import io.tresor.application.identity.Roles;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.primefaces.event.FileUploadEvent;

/**
 * portal/assets/enrollment-groups.xhtml: the operator's enrollment groups. A certificate group
 * trusts a factory CA (pasted or loaded from a file) for one asset type; a symmetric group's key
 * is shown once, here, right after it was made. Nobody but an operator gets anything from this page.
 */
@Named
@ViewScoped
public class EnrollmentGroups implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kind names of the service's contract. */
    static final String CERTIFICATE = "X509";
    static final String SYMMETRIC = "SYMMETRIC";

    @Inject
    EnrollmentGroupService groups;

    @Inject
    AssetTypeService types;

    private boolean operator;
    private List<EnrollmentGroupService.GroupView> list = List.of();
    private List<AssetTypeService.AssetTypeView> typeChoices = List.of();
    private String certificateName;
    private String certificateTypeId;
    private String caPem;
    private String symmetricName;
    private String symmetricTypeId;
    private EnrollmentGroupService.Created keyShown;

    @PostConstruct
    void load() {
        operator = FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Roles.OPERATOR);
        if (operator) {
            typeChoices = types.list();
            list = groups.list();
        }
    }

    public void createCertificateGroup() {
        if (create(certificateName, CERTIFICATE, certificateTypeId, caPem) != null) {
            certificateName = null;
            caPem = null;
        }
    }

    public void createSymmetricGroup() {
        EnrollmentGroupService.Created created = create(symmetricName, SYMMETRIC, symmetricTypeId, null);
        if (created != null) {
            keyShown = created;
            symmetricName = null;
        }
    }

    private EnrollmentGroupService.Created create(String name, String kind, String assetTypeId, String pem) {
        try {
            EnrollmentGroupService.Created created = groups.create(name, kind, assetTypeId, pem);
            Messages.info("groups.created", created.group().name());
            list = groups.list();
            return created;
        } catch (DeviceException e) {
            Messages.refused(e);
            return null;
        }
    }

    /** A chosen file fills the PEM field: PEM as it is, a DER certificate (binary .crt) turned into PEM. */
    public void caFileChosen(FileUploadEvent event) {
        try (InputStream in = event.getFile().getInputStream()) {
            byte[] content = in.readAllBytes();
            String text = new String(content, StandardCharsets.US_ASCII);
            caPem = text.contains("-----BEGIN") ? text : "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(content) + "\n-----END CERTIFICATE-----\n";
            Messages.info("groups.fileRead", event.getFile().getFileName());
        } catch (IOException e) {
            Messages.error("groups.fileUnreadable");
        }
    }

    public void disable(String id) {
        try {
            EnrollmentGroupService.GroupView disabled = groups.disable(id);
            Messages.info("groups.disabled", disabled.name());
            list = groups.list();
        } catch (DeviceException e) {
            Messages.refused(e);
        }
    }

    /** The key was stored: it disappears from the page for good. */
    public void dismissKey() {
        keyShown = null;
    }

    public String typeName(String id) {
        return typeChoices.stream().filter(t -> t.id().equals(id)).map(AssetTypeService.AssetTypeView::name).findFirst()
                .orElse(id);
    }

    public boolean isOperator() {
        return operator;
    }

    public List<EnrollmentGroupService.GroupView> getList() {
        return list;
    }

    public List<AssetTypeService.AssetTypeView> getTypeChoices() {
        return typeChoices;
    }

    public String getCertificateName() {
        return certificateName;
    }

    public void setCertificateName(String certificateName) {
        this.certificateName = certificateName;
    }

    public String getCertificateTypeId() {
        return certificateTypeId;
    }

    public void setCertificateTypeId(String certificateTypeId) {
        this.certificateTypeId = certificateTypeId;
    }

    public String getCaPem() {
        return caPem;
    }

    public void setCaPem(String caPem) {
        this.caPem = caPem;
    }

    public String getSymmetricName() {
        return symmetricName;
    }

    public void setSymmetricName(String symmetricName) {
        this.symmetricName = symmetricName;
    }

    public String getSymmetricTypeId() {
        return symmetricTypeId;
    }

    public void setSymmetricTypeId(String symmetricTypeId) {
        this.symmetricTypeId = symmetricTypeId;
    }

    public EnrollmentGroupService.Created getKeyShown() {
        return keyShown;
    }
}
