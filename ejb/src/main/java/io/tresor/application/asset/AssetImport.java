package io.tresor.application.asset;

import io.tresor.application.shared.Refused;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Bulk registration of assets from CSV, as an ERP or a spreadsheet exports them. Each row is
 * registered in a transaction of its own: good rows are imported, bad rows are reported with
 * their line and reason, and no row is ever half-written.
 *
 * <p>The first line names the columns, in any order and any case: {@code customer} (tenant
 * name or id), {@code assetType} (part number or name), {@code serialNumber}, and optionally
 * {@code site} (the customer's site name), {@code installedOn} (YYYY-MM-DD) and {@code status}.
 * Comma or semicolon separated (spreadsheets in German locales write semicolons).
 */
public interface AssetImport {

    /** At most this many rows per file; larger inventories come in several files. */
    int MAX_ROWS = 100_000;

    /**
     * A row that was not imported: its line in the file (the header is line 1), its serial number,
     * why (the refusal's code and arguments, for a translated text, and its message in English).
     */
    record RowError(long line, String serialNumber, String code, List<Object> arguments, String message) {

        public RowError {
            arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
        }

        public static RowError of(long line, String serialNumber, Refused refused) {
            return new RowError(line, serialNumber, refused.code(), refused.arguments(), refused.getMessage());
        }
    }

    record Report(int imported, List<RowError> refused) {
    }

    /** Refuses the whole file (INVALID) only when it cannot be read as such: no header, a missing column, too many rows. */
    Report importCsv(Reader csv) throws InstalledBaseException;
}
