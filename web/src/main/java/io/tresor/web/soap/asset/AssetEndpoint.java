package io.tresor.web.soap.asset;

import io.tresor.application.asset.AssetService;
import io.tresor.application.device.DeviceService;
import io.tresor.application.identity.Scopes;
import io.tresor.application.shared.PageRequest;
import io.tresor.web.security.RequiresScope;
import io.tresor.web.soap.SoapFault;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.jws.WebMethod;
import jakarta.jws.WebParam;
import jakarta.jws.WebResult;
import jakarta.jws.WebService;
import jakarta.xml.bind.annotation.XmlElement;

/**
 * The installed base for ERP/CRM integrators at {@code /soap/AssetService} (WSDL at {@code ?wsdl}).
 * The caller is the integrator client of the bearer token; its tenant confines every call in the
 * services, exactly as over REST. Each operation declares its scope, which the SOAP gate
 * ({@link io.tresor.web.soap.XmlGuard}) checks before the runtime calls it.
 *
 * <p>The JAX-WS runtime, not the container, creates this endpoint (the RI in the WAR on Payara
 * Micro, the server's Metro in the EAR), so the services are looked up through CDI per call.
 */
@WebService(name = "AssetService", serviceName = "AssetService", portName = "AssetServicePort",
        targetNamespace = AssetEndpoint.NAMESPACE)
public class AssetEndpoint {

    public static final String NAMESPACE = "urn:tresor:soap:asset:1";
    private static final int DEFAULT_LIMIT = 50;

    /** Assets by serial number; {@code limit} up to 500 (default 50), filters optional. */
    @WebMethod
    @WebResult(name = "page")
    @RequiresScope(Scopes.ASSETS_READ)
    public AssetPage listAssets(@WebParam(name = "offset") Integer offset, @WebParam(name = "limit") Integer limit,
                                @WebParam(name = "tenantId") String tenantId,
                                @WebParam(name = "assetTypeId") String assetTypeId,
                                @WebParam(name = "serialNumberPrefix") String serialNumberPrefix) throws SoapFault {
        int from = offset == null ? 0 : offset;
        int size = limit == null ? DEFAULT_LIMIT : limit;
        return SoapFault.translate(() -> AssetPage.of(assets().page(new AssetService.Query(tenantId, assetTypeId, null, null,
                serialNumberPrefix, AssetService.Sort.SERIAL_NUMBER, true, PageRequest.of(from, size))), from, size));
    }

    @WebMethod
    @WebResult(name = "asset")
    @RequiresScope(Scopes.ASSETS_READ)
    public Asset getAsset(@WebParam(name = "id") @XmlElement(required = true) String id) throws SoapFault {
        return SoapFault.translate(() -> Asset.of(assets().get(id)));
    }

    @WebMethod
    @WebResult(name = "asset")
    @RequiresScope(Scopes.ASSETS_WRITE)
    public Asset registerAsset(@WebParam(name = "registration") @XmlElement(required = true)
                               AssetRegistration registration) throws SoapFault {
        if (registration == null) {
            throw SoapFault.of("INVALID", "asset.invalid", "registration is required");
        }
        return SoapFault.translate(() -> Asset.of(assets().register(registration.draft())));
    }

    @WebMethod
    @WebResult(name = "device")
    @RequiresScope(Scopes.DEVICES_READ)
    public DeviceStatus getDeviceStatus(@WebParam(name = "id") @XmlElement(required = true) String id)
            throws SoapFault {
        return SoapFault.translate(() -> DeviceStatus.of(CDI.current().select(DeviceService.class).get().get(id)));
    }

    private static AssetService assets() {
        return CDI.current().select(AssetService.class).get();
    }
}
