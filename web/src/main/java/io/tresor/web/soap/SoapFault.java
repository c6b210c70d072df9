package io.tresor.web.soap;

import io.tresor.application.asset.InstalledBaseException;
import jakarta.ejb.EJBAccessException;
import jakarta.xml.ws.WebFault;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one fault of Tresor's SOAP services; its {@link FaultInfo} carries the kind, the stable code
 * and the message. Errors are mapped here once for the channel: business refusals keep their code,
 * access refusals say "not allowed", anything unexpected is logged under an incident id that the
 * fault repeats, so no stack trace or internal message ever leaves the server.
 */
@WebFault(name = "tresorFault", targetNamespace = SoapFault.NAMESPACE)
public class SoapFault extends Exception {

    public static final String NAMESPACE = "urn:tresor:soap:1";

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = Logger.getLogger(SoapFault.class.getName());

    private final FaultInfo faultInfo;

    public SoapFault(String message, FaultInfo faultInfo) {
        super(message);
        this.faultInfo = faultInfo;
    }

    /** Read by the JAX-WS runtime: the fault's detail. */
    public FaultInfo getFaultInfo() {
        return faultInfo;
    }

    public static SoapFault of(String kind, String code, String message) {
        return new SoapFault(message, new FaultInfo(kind, code, message));
    }

    public static SoapFault notAllowed() {
        return of("FORBIDDEN", "access.denied", "Not allowed for this caller");
    }

    /** A service call whose expected refusals become faults. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws InstalledBaseException;
    }

    /** Runs a service call and maps whatever it throws to a fault. */
    public static <T> T translate(Call<T> call) throws SoapFault {
        try {
            return call.run();
        } catch (InstalledBaseException e) {
            throw of(e.kind().name(), e.code(), e.getMessage());
        } catch (RuntimeException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof EJBAccessException) {
                    throw notAllowed();
                }
            }
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Incident " + incident, e);
            throw of("INTERNAL", "internal", "Incident " + incident);
        }
    }
}
