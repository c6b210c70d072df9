package io.tresor.web.portal.asset;

import io.tresor.application.asset.AssetImport;
import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.AssetTypeService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
import io.tresor.web.portal.Messages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** portal/assets/list.xhtml: the assets within the caller's reach, filtered in the database; operators register new ones. */
@Named
@ViewScoped
public class Assets implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The statuses an asset can have, in the order the filter offers them. */
    public static final List<String> STATUSES = AssetService.STATUSES;

    @Inject
    AssetService assets;

    @Inject
    AssetTypeService types;

    @Inject
    SiteService sites;

    @Inject
    AssetImport importer;

    private AssetRows rows;
    private List<AssetTypeService.AssetTypeView> typeChoices;
    private String serialFilter;
    private String typeFilter;
    private String statusFilter;
    private String tenantFilter;

    private String newTenantId;
    private String newTypeId;
    private String newSerial;
    private String newSiteId;
    private LocalDate newInstalledOn;
    private List<SiteService.SiteSummary> newSiteChoices = List.of();
    private AssetImport.Report importReport;

    @PostConstruct
    void load() {
        typeChoices = types.list();
        rows = new AssetRows(assets, () -> new AssetRows.Filters(tenantFilter, typeFilter, null, statusFilter, serialFilter));
    }

    /** The filters changed: the table starts again at its first page. */
    public void applyFilters() {
        firstPage();
    }

    public void clearFilters() {
        serialFilter = null;
        typeFilter = null;
        statusFilter = null;
        tenantFilter = null;
        firstPage();
    }

    /** The rows read the filters at their next load; the table must start again from its first page. */
    private static void firstPage() {
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":assets:table") instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /** The customer chosen for a new asset changed: offer that customer's sites. */
    public void newTenantChosen() {
        newSiteId = null;
        newSiteChoices = newTenantId == null || newTenantId.isBlank() ? List.of() : sites.list(newTenantId);
    }

    public void register() {
        try {
            AssetService.AssetView created = assets.register(new AssetService.AssetDraft(newTenantId, newTypeId, newSerial,
                    newSiteId == null || newSiteId.isBlank() ? null : newSiteId, newInstalledOn));
            Messages.info("asset.registered", created.serialNumber());
            newSerial = null;
            newInstalledOn = null;
        } catch (InstalledBaseException e) {
            Messages.refused(e);
        }
    }

    /** A CSV file was chosen: every good row is registered, the bad ones are listed for correction. */
    public void importCsv(FileUploadEvent event) {
        try (Reader csv = new BufferedReader(new InputStreamReader(event.getFile().getInputStream(), StandardCharsets.UTF_8))) {
            importReport = importer.importCsv(csv);
            Messages.info("assets.importDone", importReport.imported(), importReport.refused().size());
            firstPage();
        } catch (InstalledBaseException e) {
            importReport = null;
            Messages.refused(e);
        } catch (IOException e) {
            importReport = null;
            Messages.error("assets.importUnreadable");
        }
    }

    /** The refused rows as CSV, to correct in the spreadsheet and import again. */
    public StreamedContent getErrorReport() {
        StringBuilder text = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(text, CSVFormat.DEFAULT)) {
            printer.printRecord("line", "serialNumber", "message");
            for (AssetImport.RowError e : importReport == null ? List.<AssetImport.RowError>of() : importReport.refused()) {
                printer.printRecord(e.line(), e.serialNumber(), reason(e));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("asset-import-errors.csv").contentType("text/csv")
                .stream(() -> new ByteArrayInputStream(bytes)).build();
    }

    /** Why a row was refused, in the view's language. */
    public String reason(AssetImport.RowError row) {
        return Messages.refusalText(row.code(), row.arguments());
    }

    public AssetImport.Report getImportReport() {
        return importReport;
    }

    public String typeName(String id) {
        return typeChoices.stream().filter(t -> t.id().equals(id)).map(AssetTypeService.AssetTypeView::name).findFirst()
                .orElse(id);
    }

    public AssetRows getRows() {
        return rows;
    }

    public List<AssetTypeService.AssetTypeView> getTypeChoices() {
        return typeChoices;
    }

    public List<String> getStatuses() {
        return STATUSES;
    }

    public String getSerialFilter() {
        return serialFilter;
    }

    public void setSerialFilter(String serialFilter) {
        this.serialFilter = serialFilter;
    }

    public String getTypeFilter() {
        return typeFilter;
    }

    public void setTypeFilter(String typeFilter) {
        this.typeFilter = typeFilter;
    }

    public String getStatusFilter() {
        return statusFilter;
    }

    public void setStatusFilter(String statusFilter) {
        this.statusFilter = statusFilter;
    }

    public String getTenantFilter() {
        return tenantFilter;
    }

    public void setTenantFilter(String tenantFilter) {
        this.tenantFilter = tenantFilter;
    }

    public String getNewTenantId() {
        return newTenantId;
    }

    public void setNewTenantId(String newTenantId) {
        this.newTenantId = newTenantId;
    }

    public String getNewTypeId() {
        return newTypeId;
    }

    public void setNewTypeId(String newTypeId) {
        this.newTypeId = newTypeId;
    }

    public String getNewSerial() {
        return newSerial;
    }

    public void setNewSerial(String newSerial) {
        this.newSerial = newSerial;
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

    public List<SiteService.SiteSummary> getNewSiteChoices() {
        return newSiteChoices;
    }
}
