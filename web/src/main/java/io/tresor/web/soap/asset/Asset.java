package io.tresor.web.soap.asset;

import io.tresor.application.asset.AssetService.AssetView;
import io.tresor.web.soap.XmlDates;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlSchemaType;
import jakarta.xml.bind.annotation.XmlType;
import jakarta.xml.bind.annotation.adapters.XmlJavaTypeAdapter;
import java.time.Instant;
import java.time.LocalDate;

/** An asset with the field names of the integration contract (as REST's JSON). */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "asset", namespace = AssetEndpoint.NAMESPACE, propOrder = {"id", "serialNumber", "assetTypeId",
        "assetTypeName", "tenantId", "siteId", "installedOn", "status", "firmwareVersion", "lastSeenAt"})
public class Asset {

    @XmlElement(required = true)
    String id;
    @XmlElement(required = true)
    String serialNumber;
    @XmlElement(required = true)
    String assetTypeId;
    @XmlElement(required = true)
    String assetTypeName;
    @XmlElement(required = true)
    String tenantId;
    String siteId;
    @XmlSchemaType(name = "date")
    @XmlJavaTypeAdapter(XmlDates.Date.class)
    LocalDate installedOn;
    /** IN_OPERATION, MAINTENANCE, OUT_OF_SERVICE or DECOMMISSIONED. */
    @XmlElement(required = true)
    String status;
    String firmwareVersion;
    @XmlSchemaType(name = "dateTime")
    @XmlJavaTypeAdapter(XmlDates.DateTime.class)
    Instant lastSeenAt;

    static Asset of(AssetView view) {
        Asset a = new Asset();
        a.id = view.id();
        a.serialNumber = view.serialNumber();
        a.assetTypeId = view.assetTypeId();
        a.assetTypeName = view.assetTypeName();
        a.tenantId = view.tenantId();
        a.siteId = view.siteId();
        a.installedOn = view.installedOn();
        a.status = view.status();
        a.firmwareVersion = view.firmwareVersion();
        a.lastSeenAt = view.lastSeenAt();
        return a;
    }
}
