package io.tresor.web.soap.asset;

import io.tresor.application.asset.AssetService.AssetDraft;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.web.soap.XmlDates;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** What registering an asset takes: the customer, the type and serial number; site and date optional. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "assetRegistration", namespace = AssetEndpoint.NAMESPACE,
        propOrder = {"tenantId", "assetTypeId", "serialNumber", "siteId", "installedOn"})
public class AssetRegistration {

    @XmlElement(required = true)
    String tenantId;
    @XmlElement(required = true)
    String assetTypeId;
    @XmlElement(required = true)
    String serialNumber;
    String siteId;
    /** xs:date in the contract; read here, so that a malformed one is refused instead of skipped. */
    @XmlSchemaType(name = "date")
    String installedOn;

    AssetDraft draft() throws InstalledBaseException {
        LocalDate date = null;
        if (installedOn != null && !installedOn.isBlank()) {
            try {
                date = XmlDates.parseDate(installedOn);
            } catch (DateTimeParseException e) {
                throw InstalledBaseException.invalid(InstalledBaseException.ASSET_INSTALLED_ON_INVALID,
                        "installedOn must be an xs:date such as 2026-03-01, not " + installedOn, installedOn);
            }
        }
        return new AssetDraft(tenantId, assetTypeId, serialNumber, siteId, date);
    }
}
