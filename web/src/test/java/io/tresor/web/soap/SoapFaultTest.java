package io.tresor.web.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.asset.InstalledBaseException;
import io.tresor.application.device.DeviceException;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import org.junit.jupiter.api.Test;

/** How the SOAP channel words what the services throw. */
class SoapFaultTest {

    @Test
    void aRefusalOfTheServicesKeepsItsKindCodeAndMessage() {
        SoapFault fault = assertThrows(SoapFault.class, () -> SoapFault.translate(() -> {
            throw InstalledBaseException.conflict("asset.serialTaken", "An asset with serial number X exists");
        }));
        assertEquals("CONFLICT", fault.getFaultInfo().getKind());
        assertEquals("asset.serialTaken", fault.getFaultInfo().getCode());
        assertEquals("An asset with serial number X exists", fault.getMessage());
        assertEquals(fault.getMessage(), fault.getFaultInfo().getMessage());
    }

    @Test
    void everyCapabilitysRefusalIsMappedTheSameWay() {
        SoapFault fault = assertThrows(SoapFault.class, () -> SoapFault.translate(() -> {
            throw DeviceException.notFound(DeviceException.DEVICE_NOT_FOUND, "device", "dev-1");
        }));
        assertEquals("NOT_FOUND", fault.getFaultInfo().getKind());
        assertEquals("device.notFound", fault.getFaultInfo().getCode());
        assertEquals("No device dev-1 for this caller", fault.getMessage());
    }

    @Test
    void anAccessRefusalSaysNotAllowedEvenWhenWrapped() {
        for (RuntimeException refusal : new RuntimeException[] {new EJBAccessException("role check: details"),
                new EJBException(new EJBAccessException("only the manufacturer's side"))}) {
            SoapFault fault = assertThrows(SoapFault.class, () -> SoapFault.translate(() -> {
                throw refusal;
            }));
            assertEquals("FORBIDDEN", fault.getFaultInfo().getKind());
            assertEquals("access.denied", fault.getFaultInfo().getCode());
            assertEquals("Not allowed for this caller", fault.getMessage());
        }
    }

    @Test
    void anythingElseIsAnIncidentWithoutItsMessage() {
        SoapFault fault = assertThrows(SoapFault.class, () -> SoapFault.translate(() -> {
            throw new IllegalStateException("jdbc:h2:file:/secret/path broke");
        }));
        assertEquals("INTERNAL", fault.getFaultInfo().getKind());
        assertTrue(fault.getMessage().startsWith("Incident "), fault.getMessage());
        assertFalse(fault.getMessage().contains("jdbc"), fault.getMessage());
    }
}
