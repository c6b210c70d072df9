package io.tresor.web.soap.asset;

import io.tresor.application.asset.AssetService.AssetDraft;
import io.tresor.web.soap.XmlDates;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.LocalDate;

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
    @XmlSchemaType(name = "date")
    @XmlJavaTypeAdapter(XmlDates.Date.class)
    LocalDate installedOn;

    AssetDraft draft() {
        return new AssetDraft(tenantId, assetTypeId, serialNumber, siteId, installedOn);
    }
}
