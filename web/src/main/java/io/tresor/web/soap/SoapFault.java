package io.tresor.web.soap;

import io.tresor.application.shared.Refused;
import io.tresor.web.security.SoapFaults;
import jakarta.ejb.EJBAccessException;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import jakarta.xml.ws.WebFault;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.xml.namespace.QName;

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

    /** The SOAP channel's one mapping of a service's refusal: its kind's name, its code and its message. */
    public static SoapFault of(Refused refused) {
        return of(refused.kind().name(), refused.code(), refused.getMessage());
    }

    public static SoapFault notAllowed() {
        return of("FORBIDDEN", "access.denied", "Not allowed for this caller");
    }

    /**
     * Writes this fault as the SOAP runtime writes it (HTTP 500, the {@code tresorFault} detail
     * marshalled from the same {@link FaultInfo}), for refusals made before the runtime runs, so
     * that clients generated from the WSDL read it as the declared fault.
     */
    public void writeTo(HttpServletResponse response) throws IOException {
        StringWriter detail = new StringWriter();
        try {
            Marshaller marshaller = JAXBContext.newInstance(FaultInfo.class).createMarshaller();
            marshaller.setProperty(Marshaller.JAXB_FRAGMENT, true);
            marshaller.marshal(new JAXBElement<>(new QName(NAMESPACE, "tresorFault"), FaultInfo.class, faultInfo), detail);
        } catch (JAXBException e) {
            throw new IllegalStateException("Cannot write the detail of a SOAP fault", e);
        }
        byte[] body = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:Client</faultcode><faultstring>" + SoapFaults.escape(getMessage())
                + "</faultstring><detail>" + detail + "</detail></S:Fault></S:Body></S:Envelope>")
                .getBytes(StandardCharsets.UTF_8);
        // SOAP 1.1 over HTTP answers every fault with 500; the kind in the detail says what it was.
        response.setStatus(500);
        response.setContentType(SoapFaults.MEDIA_TYPE + ";charset=UTF-8");
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A service call whose expected refusals become faults. */
    @FunctionalInterface
    public interface Call<T> {
        T run() throws Refused;
    }

    /** Runs a service call and maps whatever it throws to a fault. */
    public static <T> T translate(Call<T> call) throws SoapFault {
        try {
            return call.run();
        } catch (Refused e) {
            throw of(e);
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
