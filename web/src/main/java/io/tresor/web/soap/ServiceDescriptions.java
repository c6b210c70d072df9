package io.tresor.web.soap;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The public WSDL and schemas without the comments in which the SOAP runtime names itself and its
 * exact version ("Published by XML-WS Runtime 4.0.3 ..."): like the missing Server header, a public
 * description names no versions. Comments carry no meaning in a WSDL, so all of them go.
 */
@WebFilter(filterName = "soapServiceDescriptions", urlPatterns = "/soap/*")
public class ServiceDescriptions extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final Pattern COMMENT = Pattern.compile("<!--.*?-->", Pattern.DOTALL);

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!"GET".equals(request.getMethod()) || request.getQueryString() == null) {
            chain.doFilter(request, response);
            return;
        }
        Buffered buffered = new Buffered(response);
        chain.doFilter(request, buffered);
        buffered.flushBuffer();
        byte[] body = buffered.bytes.toByteArray();
        String type = response.getContentType();
        if (type != null && type.contains("xml")) {
            // The runtime writes WSDL and XSD in UTF-8.
            body = COMMENT.matcher(new String(body, StandardCharsets.UTF_8)).replaceAll("").getBytes(StandardCharsets.UTF_8);
        }
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** Keeps what the runtime writes, so it can be cleaned before it is sent. */
    private static final class Buffered extends HttpServletResponseWrapper {

        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        private PrintWriter writer;

        Buffered(HttpServletResponse response) {
            super(response);
        }

        @Override
        public ServletOutputStream getOutputStream() {
            return new ServletOutputStream() {
                @Override
                public void write(int b) {
                    bytes.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    bytes.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Buffered response");
                }
            };
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                writer = new PrintWriter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8));
            }
            return writer;
        }

        @Override
        public void flushBuffer() {
            if (writer != null) {
                writer.flush();
            }
        }

        @Override
        public void setContentLength(int length) {
            // The length changes when comments go; set once the body is final.
        }

        @Override
        public void setContentLengthLong(long length) {
            // as above
        }
    }
}
