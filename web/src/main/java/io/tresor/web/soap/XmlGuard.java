package io.tresor.web.soap;

import io.tresor.web.security.SoapFaults;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Lets only small, well-formed XML without a document type declaration reach the SOAP runtime,
 * and only for an operation that admits the caller's token ({@link SoapAccess}).
 * SOAP 1.1 forbids a DTD in a message anyway; refusing every DOCTYPE here, with the JDK's own
 * parser set to disallow it, keeps XXE (external entities, {@code file:///etc/passwd}) and
 * entity expansion ("billion laughs") away from whichever runtime parses next: the RI in the WAR
 * on Payara Micro, the server's Metro on Payara Server. Refusals are SOAP faults with HTTP 400
 * (413 for a body over {@link #MAX_BYTES}). The authentication mechanism runs before this filter,
 * so anonymous callers are refused before their XML is parsed at all. The operation is the
 * first element in the SOAP body, which is what the runtime dispatches on; the endpoints are
 * those of {@code WEB-INF/sun-jaxws.xml}.
 */
@WebFilter(filterName = "soapXmlGuard", urlPatterns = "/soap/*")
public class XmlGuard extends HttpFilter {

    private static final long serialVersionUID = 1L;
    /** Far above any request of the SOAP services (a registration is under 1 KiB). */
    static final int MAX_BYTES = 256 * 1024;
    static final String REFUSED = "Refused: the request must be well-formed XML without a DTD (DOCTYPE)";

    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]+)");
    private static final SAXParserFactory PARSERS = parsers();
    private static final String ENVELOPE_NS = "http://schemas.xmlsoap.org/soap/envelope/";

    private transient SoapOperations operations;

    @Override
    public void init() throws ServletException {
        try (InputStream descriptor = getServletContext().getResourceAsStream("/WEB-INF/sun-jaxws.xml")) {
            if (descriptor == null) {
                throw new ServletException("WEB-INF/sun-jaxws.xml is missing");
            }
            operations = SoapOperations.fromDescriptor(descriptor, Thread.currentThread().getContextClassLoader());
        } catch (IOException e) {
            throw new ServletException("Cannot read WEB-INF/sun-jaxws.xml", e);
        }
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            chain.doFilter(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(MAX_BYTES + 1);
        if (body.length > MAX_BYTES) {
            SoapFaults.write(response, 413, "Content Too Large", "Refused: the request is larger than "
                    + MAX_BYTES / 1024 + " KiB");
            return;
        }
        Optional<QName> operation = operation(body, request.getHeader("Content-Type"));
        if (operation == null) {
            SoapFaults.write(response, 400, "Bad Request", REFUSED);
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<SoapFault> refusal = SoapAccess.refusal(operation.flatMap(o -> operations.find(path, o)),
                request.getUserPrincipal());
        if (refusal.isPresent()) {
            refusal.get().writeTo(response);
            return;
        }
        chain.doFilter(new Replay(request, body), response);
    }

    /** Whether {@code xml} is well-formed and declares no DTD. */
    static boolean acceptable(byte[] xml, String contentType) {
        return operation(xml, contentType) != null;
    }

    /**
     * The element that names the operation (the first child of the SOAP body; empty if there is
     * none), or null where {@code xml} is not well-formed or declares a DTD; nothing is fetched or
     * expanded. It is read as the SOAP runtime reads it: in the charset of the Content-Type if
     * there is one (so both see the same characters), else in the encoding the document declares.
     */
    static Optional<QName> operation(byte[] xml, String contentType) {
        Matcher charset = contentType == null ? null : CHARSET.matcher(contentType);
        try {
            InputSource source = charset != null && charset.find()
                    ? new InputSource(new InputStreamReader(new ByteArrayInputStream(xml), Charset.forName(charset.group(1))))
                    : new InputSource(new ByteArrayInputStream(xml));
            FirstInBody handler = new FirstInBody();
            PARSERS.newSAXParser().parse(source, handler);
            return Optional.ofNullable(handler.operation);
        } catch (SAXException | IOException | IllegalArgumentException e) {
            // IllegalArgumentException: a charset Java does not know, which the runtime could not read either.
            return null;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
    }

    private static SAXParserFactory parsers() {
        // The JDK's built-in parser, whatever StAX or SAX provider the deployment carries.
        SAXParserFactory factory = SAXParserFactory.newDefaultInstance();
        factory.setNamespaceAware(true);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        } catch (ParserConfigurationException | SAXException e) {
            throw new IllegalStateException("The JDK's XML parser lacks a safety feature", e);
        }
        return factory;
    }

    /** Finds the first element inside {@code Envelope/Body}. */
    private static final class FirstInBody extends DefaultHandler {

        private int depth;
        private boolean inBody;
        private QName operation;

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            depth++;
            if (depth == 2 && ENVELOPE_NS.equals(uri) && "Body".equals(localName)) {
                inBody = true;
            } else if (depth == 3 && inBody && operation == null) {
                operation = new QName(uri, localName);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (depth == 2) {
                inBody = false;
            }
            depth--;
        }
    }

    /** The request with its body read once and handed on as it came. */
    private static final class Replay extends HttpServletRequestWrapper {

        private final byte[] body;

        Replay(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("The body is already read");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
