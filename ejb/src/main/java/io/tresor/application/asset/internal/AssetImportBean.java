package io.tresor.application.asset.internal;

import io.tresor.application.asset.AssetImport;
import io.tresor.application.asset.AssetService;
import io.tresor.application.asset.AssetTypeService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.asset.SiteService;
import io.tresor.application.audit.Audit;
import io.tresor.application.audit.AuditAction;
import io.tresor.application.audit.AuditRecord;
import io.tresor.application.identity.Roles;
import io.tresor.application.tenant.ManufacturerSide;
import io.tresor.application.tenant.TenantDirectory;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads the file, resolves names once per file, and hands each row to {@link AssetImportRow}. */
@Stateless
@RolesAllowed({Roles.OPERATOR, Roles.INTEGRATOR})
// No transaction around the file: every row gets its own, so a bad row cannot take good ones with it.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssetImportBean implements AssetImport {

    private static final Logger LOG = Logger.getLogger(AssetImportBean.class.getName());
    /** The header line is looked at for its delimiter within this many characters. */
    private static final int HEADER_LIMIT = 4096;
    private static final List<String> REQUIRED = List.of("customer", "assettype", "serialnumber");

    @EJB
    AssetImportRow rows;

    @EJB
    AssetTypeService types;

    @EJB
    SiteService sites;

    @EJB
    TenantDirectory tenants;

    @Inject
    Audit audit;

    @Override
    @ManufacturerSide
    public Report importCsv(Reader csv) throws InstalledBaseException {
        Names names = new Names();
        int imported = 0;
        List<RowError> refused = new ArrayList<>();
        try (CSVParser parser = format(csv).parse(csv)) {
            Map<String, String> columns = columns(parser.getHeaderNames());
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_ROWS) {
                    throw InstalledBaseException.invalid(InstalledBaseException.IMPORT_TOO_LARGE,
                            "The file has more than " + MAX_ROWS + " rows; split it into several files", MAX_ROWS);
                }
                long line = record.getRecordNumber() + 1;
                String serial = value(record, columns, "serialnumber");
                try {
                    String[] row = resolve(record, columns, names);
                    rows.register(new AssetService.AssetDraft(row[0], row[1], serial, row[2], date(record, columns)),
                            row[3]);
                    imported++;
                } catch (InstalledBaseException e) {
                    refused.add(RowError.of(line, serial, e));
                } catch (EJBException e) {
                    // E.g. the same serial number imported by someone else at this moment: the row is refused whole.
                    LOG.log(Level.WARNING, "Import row " + line + " failed", e);
                    refused.add(RowError.of(line, serial, InstalledBaseException.conflict(
                            InstalledBaseException.IMPORT_ROW_NOT_STORED, "The row could not be stored; try it again")));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.IMPORT_UNREADABLE,
                    "The file cannot be read as CSV: " + e.getMessage());
        }
        audit.record(AuditRecord.of(AuditAction.ASSET_IMPORTED).target("asset-import", null).detail("imported", imported)
                .detail("refused", refused.size()));
        return new Report(imported, refused);
    }

    /** Semicolons if the header line has more of them than commas, as German spreadsheets write. */
    private static CSVFormat format(Reader csv) throws IOException {
        char delimiter = ',';
        if (csv.markSupported()) {
            csv.mark(HEADER_LIMIT);
            int commas = 0;
            int semicolons = 0;
            for (int i = 0, c = csv.read(); i < HEADER_LIMIT && c >= 0 && c != '\n'; i++, c = csv.read()) {
                commas += c == ',' ? 1 : 0;
                semicolons += c == ';' ? 1 : 0;
            }
            csv.reset();
            delimiter = semicolons > commas ? ';' : ',';
        }
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).setAllowMissingColumnNames(true).get();
    }

    /** Header names by their lower-case form, so that "Serial Number", "serialNumber" and "serial_number" agree. */
    private static Map<String, String> columns(List<String> header) throws InstalledBaseException {
        Map<String, String> columns = new HashMap<>();
        for (String name : header) {
            columns.put(name.replaceAll("[\\s_-]", "").toLowerCase(Locale.ROOT), name);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw InstalledBaseException.invalid(InstalledBaseException.IMPORT_COLUMN_MISSING,
                        "The first line must name the columns"
                        + " customer, assetType and serialNumber (optional: site, installedOn, status); " + required
                        + " is missing", required);
            }
        }
        return columns;
    }

    /** customer id, asset type id, site id (or null), status (or null) of a row. */
    private String[] resolve(CSVRecord record, Map<String, String> columns, Names names) throws InstalledBaseException {
        String customer = value(record, columns, "customer");
        String tenantId = names.tenant(customer).orElseThrow(() -> InstalledBaseException.invalid(
                InstalledBaseException.IMPORT_CUSTOMER, "No customer " + customer, customer));
        String type = value(record, columns, "assettype");
        String typeId = names.type(type).orElseThrow(() -> InstalledBaseException.invalid(
                InstalledBaseException.IMPORT_ASSET_TYPE, "No asset type with part number or name " + type, type));
        String site = value(record, columns, "site");
        String siteId = null;
        if (site != null) {
            siteId = names.site(tenantId, site).orElseThrow(() -> InstalledBaseException.invalid(
                    InstalledBaseException.IMPORT_SITE, "The customer has no site " + site, site));
        }
        String status = value(record, columns, "status");
        return new String[] {tenantId, typeId, siteId, status == null ? null : status.toUpperCase(Locale.ROOT)};
    }

    private static LocalDate date(CSVRecord record, Map<String, String> columns) throws InstalledBaseException {
        String value = value(record, columns, "installedon");
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InstalledBaseException.invalid(InstalledBaseException.IMPORT_DATE,
                    "installedOn must be a date like 2026-11-22, not " + value, value);
        }
    }

    private static String value(CSVRecord record, Map<String, String> columns, String column) {
        String name = columns.get(column);
        if (name == null || !record.isSet(name)) {
            return null;
        }
        String value = record.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Customers, types and sites looked up once per file, not once per row. */
    private final class Names {
        private Map<String, String> tenantIds;
        private Map<String, String> typeIds;
        private final Map<String, Map<String, String>> siteIds = new HashMap<>();

        Optional<String> tenant(String nameOrId) {
            if (tenantIds == null) {
                tenantIds = new HashMap<>();
                tenants.visible().stream().filter(t -> "CUSTOMER".equals(t.kind())).forEach(t -> {
                    tenantIds.put(t.id(), t.id());
                    tenantIds.put(t.name(), t.id());
                });
            }
            return Optional.ofNullable(nameOrId == null ? null : tenantIds.get(nameOrId));
        }

        Optional<String> type(String partNumberOrName) {
            if (typeIds == null) {
                typeIds = new HashMap<>();
                types.list().forEach(t -> {
                    typeIds.put(t.name(), t.id());
                    typeIds.put(t.partNumber(), t.id());
                });
            }
            return Optional.ofNullable(partNumberOrName == null ? null : typeIds.get(partNumberOrName));
        }

        Optional<String> site(String tenantId, String name) {
            Map<String, String> ofTenant = siteIds.computeIfAbsent(tenantId, t -> {
                Map<String, String> byName = new HashMap<>();
                sites.list(t).forEach(s -> byName.put(s.name(), s.id()));
                return byName;
            });
            return Optional.ofNullable(ofTenant.get(name));
        }
    }
}
