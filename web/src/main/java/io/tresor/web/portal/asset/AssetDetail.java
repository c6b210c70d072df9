package io.tresor.web.portal.asset;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
import io.tresor.application.device.DeviceException;
import io.tresor.application.device.DeviceService;
import io.tresor.application.shared.PageRequest;
import io.tresor.application.shared.Refused;
import io.tresor.web.portal.Messages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * portal/assets/asset.xhtml: one asset, its ownership periods and its devices. Operators
 * register devices and manage their credentials; an enrollment token is shown once, here.
 */
@Named("asset")
@ViewScoped
public class AssetDetail implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    AssetService assets;

    @Inject
    SiteService sites;

    @Inject
    DeviceService devices;

    @Inject
    AssetDocumentService documents;

    private String id;
    private AssetService.AssetView view;
    private List<AssetService.OwnershipPeriod> ownership = List.of();
    private List<DeviceService.DeviceView> deviceList = List.of();
    private List<AssetDocumentService.DocumentView> documentList = List.of();
    private String siteName;
    private String newDeviceId;
    private DeviceService.Registration issued;
    private String revokeReason = "unspecified";
    private String newStatus;
    private String newSiteId;
    private LocalDate newInstalledOn;
    private List<SiteService.SiteSummary> siteChoices = List.of();
    private String newOwner;

    /** Called by the view parameter: an asset beyond the caller's reach is simply not found. */
    public void load() {
        try {
            view = assets.get(id);
            ownership = assets.ownership(id);
            siteChoices = sites.list(view.tenantId());
            siteName = siteChoices.stream().filter(s -> s.id().equals(view.siteId())).map(SiteService.SiteSummary::name)
                    .findFirst().orElse(null);
            newSiteId = view.siteId();
            newInstalledOn = view.installedOn();
            newStatus = view.status();
            reloadDevices();
            documentList = documents.list(view.assetTypeId());
        } catch (InstalledBaseException | DeviceException e) {
            view = null;
            Messages.error("asset.notFound");
        }
    }

    private void reloadDevices() throws DeviceException {
        deviceList = devices.page(new DeviceService.Query(null, id, null, new PageRequest(0, 100))).items();
    }

    public void registerDevice() {
        run(() -> {
            issued = devices.register(id, newDeviceId == null || newDeviceId.isBlank() ? null : newDeviceId);
            newDeviceId = null;
            Messages.info("device.registered", issued.device().id());
        });
    }

    public void newToken(String deviceId) {
        run(() -> {
            issued = devices.newEnrollmentToken(deviceId);
            Messages.info("device.tokenIssued", deviceId);
        });
    }

    public void suspend(String deviceId) {
        run(() -> {
            devices.suspend(deviceId);
            Messages.info("device.suspended", deviceId);
        });
    }

    public void resume(String deviceId) {
        run(() -> {
            devices.resume(deviceId);
            Messages.info("device.resumed", deviceId);
        });
    }

    public void revoke(String deviceId) {
        run(() -> {
            devices.revoke(deviceId, revokeReason);
            Messages.info("device.revoked", deviceId);
        });
    }

    public void changeStatus() {
        run(() -> {
            view = assets.changeStatus(id, newStatus);
            Messages.info("asset.statusChanged", view.serialNumber());
        });
    }

    /** Hands the asset (and its devices) to another customer; its site stays with the previous owner. */
    public void handOver() {
        run(() -> {
            view = assets.move(id, newOwner);
            ownership = assets.ownership(id);
            siteName = null;
            siteChoices = sites.list(view.tenantId());
            newOwner = null;
            Messages.info("asset.handedOver", view.serialNumber());
        });
    }

    public void decommission(String deviceId) {
        run(() -> {
            devices.decommission(deviceId);
            Messages.info("device.decommissioned", deviceId);
        });
    }

    /** The asset's site (one of its owner's) and installation date as the form has them. */
    public void relocate() {
        run(() -> {
            view = assets.relocate(id, newSiteId, newInstalledOn);
            siteName = siteChoices.stream().filter(s -> s.id().equals(view.siteId())).map(SiteService.SiteSummary::name)
                    .findFirst().orElse(null);
            Messages.info("asset.relocated", view.serialNumber());
        });
    }

    /** The token was noted down: it disappears from the page for good. */
    public void dismissToken() {
        issued = null;
    }

    private interface Change {
        void apply() throws Refused;
    }

    private void run(Change change) {
        try {
            change.apply();
            reloadDevices();
        } catch (Refused e) {
            Messages.refused(e);
        }
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public AssetService.AssetView getView() {
        return view;
    }

    public List<AssetService.OwnershipPeriod> getOwnership() {
        return ownership;
    }

    public List<DeviceService.DeviceView> getDevices() {
        return deviceList;
    }

    public List<AssetDocumentService.DocumentView> getDocuments() {
        return documentList;
    }

    public String getSiteName() {
        return siteName;
    }

    public String getNewDeviceId() {
        return newDeviceId;
    }

    public void setNewDeviceId(String newDeviceId) {
        this.newDeviceId = newDeviceId;
    }

    public DeviceService.Registration getIssued() {
        return issued;
    }

    public String getNewStatus() {
        return newStatus;
    }

    public void setNewStatus(String newStatus) {
        this.newStatus = newStatus;
    }

    public String getNewSiteId() {
        return newSiteId;
    }

    public void setNewSiteId(String newSiteId) {
        this.newSiteId = newSiteId;
    }

    public LocalDate getNewInstalledOn() {
        return newInstalledOn;
    }

    public void setNewInstalledOn(LocalDate newInstalledOn) {
        this.newInstalledOn = newInstalledOn;
    }

    public List<SiteService.SiteSummary> getSiteChoices() {
        return siteChoices;
    }

    public String getNewOwner() {
        return newOwner;
    }

    public void setNewOwner(String newOwner) {
        this.newOwner = newOwner;
    }

    public List<String> getStatuses() {
        return Assets.STATUSES;
    }

    public String getRevokeReason() {
        return revokeReason;
    }

    public void setRevokeReason(String revokeReason) {
        this.revokeReason = revokeReason;
    }

    public List<String> getRevokeReasons() {
        return DeviceService.REVOCATION_REASONS;
    }
}
