package io.tresor.web.soap;

import jakarta.jws.WebMethod;
import jakarta.jws.WebService;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The operations of the deployed SOAP endpoints, by the element that names them in a request:
 * for document/literal wrapped services that is the operation's name in the service's target
 * namespace, exactly what the runtime dispatches on. The endpoints are those that
 * {@code WEB-INF/sun-jaxws.xml} deploys, so no endpoint can be missed here.
 */
public final class SoapOperations {

    private static final String RUNTIME_NS = "http://java.sun.com/xml/ns/jax-ws/ri/runtime";

    /** url-pattern of each endpoint, then its operations by request element. */
    private final Map<String, Map<QName, Method>> endpoints;

    private SoapOperations(Map<String, Map<QName, Method>> endpoints) {
        this.endpoints = endpoints;
    }

    /** Reads the endpoints of a {@code sun-jaxws.xml} and loads their classes. */
    public static SoapOperations fromDescriptor(InputStream descriptor, ClassLoader loader) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            NodeList list = factory.newDocumentBuilder().parse(descriptor).getElementsByTagNameNS(RUNTIME_NS, "endpoint");
            Map<String, Map<QName, Method>> endpoints = new HashMap<>();
            for (int i = 0; i < list.getLength(); i++) {
                Element endpoint = (Element) list.item(i);
                Class<?> implementation = Class.forName(endpoint.getAttribute("implementation"), false, loader);
                endpoints.put(endpoint.getAttribute("url-pattern"), operations(implementation));
            }
            return new SoapOperations(Map.copyOf(endpoints));
        } catch (ParserConfigurationException | SAXException | IOException | ClassNotFoundException e) {
            throw new IllegalStateException("Cannot read the SOAP endpoints of sun-jaxws.xml", e);
        }
    }

    /** The Java method the request element names at the endpoint of {@code path}; empty if none. */
    public Optional<Method> find(String path, QName requestElement) {
        Map<QName, Method> operations = endpoints.get(path);
        return operations == null || requestElement == null ? Optional.empty()
                : Optional.ofNullable(operations.get(requestElement));
    }

    /**
     * The operations of an endpoint class as JAX-WS exposes them: its public instance methods
     * unless excluded with {@code @WebMethod(exclude = true)}, named by {@code operationName}
     * or the method's name, in the service's target namespace.
     */
    public static Map<QName, Method> operations(Class<?> endpoint) {
        WebService service = endpoint.getAnnotation(WebService.class);
        if (service == null) {
            throw new IllegalArgumentException(endpoint + " is not a @WebService");
        }
        Map<QName, Method> operations = new HashMap<>();
        for (Method method : endpoint.getDeclaredMethods()) {
            int modifiers = method.getModifiers();
            WebMethod web = method.getAnnotation(WebMethod.class);
            if (!Modifier.isPublic(modifiers) || Modifier.isStatic(modifiers) || method.isSynthetic()
                    || web != null && web.exclude()) {
                continue;
            }
            String name = web == null || web.operationName().isEmpty() ? method.getName() : web.operationName();
            operations.put(new QName(service.targetNamespace(), name), method);
        }
        return Map.copyOf(operations);
    }
}
