package io.tresor.web.soap.asset;

import io.tresor.application.device.DeviceService.DeviceView;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** Where a device stands in its lifecycle, and the asset it belongs to. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "deviceStatus", namespace = AssetEndpoint.NAMESPACE, propOrder = {"id", "assetId", "state"})
public class DeviceStatus {

    @XmlElement(required = true)
    String id;
    @XmlElement(required = true)
    String assetId;
    /** REGISTERED, ENROLLED, ACTIVE, SUSPENDED, REVOKED or DECOMMISSIONED. */
    @XmlElement(required = true)
    String state;

    static DeviceStatus of(DeviceView view) {
        DeviceStatus s = new DeviceStatus();
        s.id = view.id();
        s.assetId = view.assetId();
        s.state = view.state();
        return s;
    }
}
