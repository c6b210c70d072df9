package io.tresor.systemtest.soap;

import com.sun.xml.ws.developer.JAXWSProperties;
import io.tresor.systemtest.soap.client.AssetService;
import io.tresor.systemtest.soap.client.AssetService_Service;
import io.tresor.systemtest.support.Api;
import io.tresor.systemtest.support.TresorServer;
import jakarta.xml.ws.BindingProvider;
import jakarta.xml.ws.handler.MessageContext;
import java.net.MalformedURLException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLSocketFactory;

/**
 * The generated AssetService client pointed at the server under test (TLS pinned to its
 * certificate, the bearer token as an HTTP header), and raw SOAP posts for what a generated
 * client would never send.
 */
final class SoapClient {

    static final String PATH = "/soap/AssetService";
    private static final int TIMEOUT_MILLIS = 30_000;

    private final TresorServer server;
    private final SSLSocketFactory tls;
    private final AssetService_Service service;

    SoapClient(TresorServer server) {
        this.server = server;
        this.tls = server.tls().getSocketFactory();
        try {
            // The contract as checked in, read offline; the endpoint address is set per port.
            this.service = new AssetService_Service(Path.of("src/test/wsdl/AssetService.wsdl").toUri().toURL());
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port that sends {@code bearerToken}, or no Authorization header at all for null. */
    AssetService port(String bearerToken) {
        AssetService port = service.getAssetServicePort();
        Map<String, Object> context = ((BindingProvider) port).getRequestContext();
        context.put(BindingProvider.ENDPOINT_ADDRESS_PROPERTY, server.baseUrl() + PATH);
        context.put(JAXWSProperties.SSL_SOCKET_FACTORY, tls);
        context.put(JAXWSProperties.CONNECT_TIMEOUT, TIMEOUT_MILLIS);
        context.put(JAXWSProperties.REQUEST_TIMEOUT, TIMEOUT_MILLIS);
        if (bearerToken != null) {
            context.put(MessageContext.HTTP_REQUEST_HEADERS, Map.of("Authorization", List.of("Bearer " + bearerToken)));
        }
        return port;
    }

    /** A SOAP 1.1 request with {@code bodyXml} inside the envelope's body. */
    static String envelope(String bodyXml) {
        return "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>" + bodyXml
                + "</S:Body></S:Envelope>";
    }

    /** POSTs {@code xml} as it is; {@code bearerToken} may be null. */
    HttpResponse<String> post(String bearerToken, String xml) {
        Api api = server.api();
        HttpRequest.Builder request = api.request(PATH).header("Content-Type", "text/xml; charset=utf-8")
                .header("SOAPAction", "\"\"").POST(HttpRequest.BodyPublishers.ofString(xml));
        if (bearerToken != null) {
            request.header("Authorization", "Bearer " + bearerToken);
        }
        return api.send(request.build());
    }
}
