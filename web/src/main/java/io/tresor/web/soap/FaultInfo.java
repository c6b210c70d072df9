package io.tresor.web.soap;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlType;

/** The detail of every Tresor SOAP fault: what kind of refusal, its stable code, and what to do. */
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "faultInfo", namespace = SoapFault.NAMESPACE, propOrder = {"kind", "code", "message"})
public class FaultInfo {

    /** NOT_FOUND, CONFLICT, INVALID (as REST's 404, 409, 400), FORBIDDEN (403) or INTERNAL (500). */
    @XmlElement(required = true)
    private String kind;

    /** Stable for clients, e.g. {@code asset.notFound}, {@code scope.missing}. */
    @XmlElement(required = true)
    private String code;

    @XmlElement(required = true)
    private String message;

    public FaultInfo() {
        // for JAXB
    }

    public FaultInfo(String kind, String code, String message) {
        this.kind = kind;
        this.code = code;
        this.message = message;
    }

    public String getKind() {
        return kind;
    }

    public String getCode() {
        return code;
    }

    public String getMessage() {
        return message;
    }
}
