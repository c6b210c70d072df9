package io.tresor.application.asset;

import io.tresor.application.shared.Refused;
import jakarta.ejb.ApplicationException;

/**
 * A change to the installed base (asset types, sites, assets, documents, imports) that the rules
 * refuse: the thing does not exist within the caller's reach, it conflicts with what exists (a
 * serial number or name taken, an asset decommissioned), or the input is invalid. Every code it
 * raises is one of the constants below; the arguments are named beside each.
 */
@ApplicationException(rollback = true)
public class InstalledBaseException extends Refused {

    private static final long serialVersionUID = 1L;

    /** Arguments: the id asked for. */
    public static final String ASSET_NOT_FOUND = "asset.notFound";
    /** Arguments: the id asked for. */
    public static final String ASSET_TYPE_NOT_FOUND = "assetType.notFound";
    /** Arguments: the id asked for. */
    public static final String SITE_NOT_FOUND = "site.notFound";
    /** Arguments: the id asked for. */
    public static final String DOCUMENT_NOT_FOUND = "document.notFound";

    /** A mandatory field is missing or too long, or the installation date lies in the future. */
    public static final String ASSET_INVALID = "asset.invalid";
    /** The asset's customer is not an existing customer tenant. */
    public static final String ASSET_TENANT_INVALID = "asset.tenantInvalid";
    /** The site belongs to another customer than the asset. */
    public static final String ASSET_SITE_INVALID = "asset.siteInvalid";
    /** Arguments: the status given. */
    public static final String ASSET_STATUS_INVALID = "asset.statusInvalid";
    /** Arguments: the asset type's name, the serial number. */
    public static final String ASSET_SERIAL_TAKEN = "asset.serialTaken";
    /** The installation date is not a date (the SOAP channel parses it). Arguments: the date given. */
    public static final String ASSET_INSTALLED_ON_INVALID = "asset.installedOnInvalid";
    /** A decommissioned asset changes owner no more. */
    public static final String ASSET_NOT_MOVABLE = "asset.notMovable";
    /** A decommissioned asset stays decommissioned. */
    public static final String ASSET_DECOMMISSIONED = "asset.decommissioned";

    /** A mandatory field is missing or too long, or the telemetry schema is not valid. */
    public static final String ASSET_TYPE_INVALID = "assetType.invalid";
    /** Arguments: the name. */
    public static final String ASSET_TYPE_NAME_TAKEN = "assetType.nameTaken";
    /** Arguments: the part number. */
    public static final String ASSET_TYPE_PART_NUMBER_TAKEN = "assetType.partNumberTaken";

    /** The name or an address field is missing or too long. */
    public static final String SITE_INVALID = "site.invalid";
    /** The site's customer is not a customer within the caller's reach. */
    public static final String SITE_TENANT_INVALID = "site.tenantInvalid";
    /** Arguments: the name. */
    public static final String SITE_NAME_TAKEN = "site.nameTaken";

    /** The file name is empty or longer than 255 characters. */
    public static final String DOCUMENT_NAME = "document.name";
    public static final String DOCUMENT_EMPTY = "document.empty";
    /** Arguments: the largest size in MB. */
    public static final String DOCUMENT_TOO_LARGE = "document.tooLarge";
    /** Arguments: the file name's extension. */
    public static final String DOCUMENT_TYPE = "document.type";
    /** Arguments: the file name, its extension. */
    public static final String DOCUMENT_CONTENT = "document.content";

    /** Arguments: the largest number of rows. */
    public static final String IMPORT_TOO_LARGE = "import.tooLarge";
    public static final String IMPORT_UNREADABLE = "import.unreadable";
    /** Arguments: the missing column. */
    public static final String IMPORT_COLUMN_MISSING = "import.columnMissing";
    /** Arguments: the customer named in the row. */
    public static final String IMPORT_CUSTOMER = "import.customer";
    /** Arguments: the asset type named in the row. */
    public static final String IMPORT_ASSET_TYPE = "import.assetType";
    /** Arguments: the site named in the row. */
    public static final String IMPORT_SITE = "import.site";
    /** Arguments: the date given. */
    public static final String IMPORT_DATE = "import.date";
    /** A row failed to be stored (e.g. the same serial number imported by someone else at the same moment). */
    public static final String IMPORT_ROW_NOT_STORED = "import.rowNotStored";

    public InstalledBaseException(Kind kind, String code, String message, Object... arguments) {
        super(kind, code, message, null, arguments);
    }

    /** {@code what} in words ("asset type") for the message; the id is the argument. */
    public static InstalledBaseException notFound(String code, String what, String id) {
        return new InstalledBaseException(Kind.NOT_FOUND, code, "No " + what + " " + id + " for this caller", id);
    }

    public static InstalledBaseException invalid(String code, String message, Object... arguments) {
        return new InstalledBaseException(Kind.INVALID, code, message, arguments);
    }

    public static InstalledBaseException conflict(String code, String message, Object... arguments) {
        return new InstalledBaseException(Kind.CONFLICT, code, message, arguments);
    }
}
