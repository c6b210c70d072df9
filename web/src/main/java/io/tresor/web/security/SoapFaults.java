package io.tresor.web.security;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * SOAP 1.1 faults written straight to a servlet response, for refusals before the SOAP runtime
 * runs (no or a bad token, a DTD in the request). The HTTP status says what happened (401, 403,
 * 429, 400); the fault string says it in words.
 */
public final class SoapFaults {

    public static final String MEDIA_TYPE = "text/xml";

    private SoapFaults() {
    }

    /** {@code title} is unused (kept so the signature matches {@link Problems#write}). */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        String code = status >= 500 ? "Server" : "Client";
        response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body><S:Fault>"
                + "<faultcode>S:" + code + "</faultcode><faultstring>" + escape(detail == null ? title : detail)
                + "</faultstring></S:Fault></S:Body></S:Envelope>");
    }

    /**
     * For refusals of the authentication mechanism: {@code code} is not written, because a fault
     * without Tresor's detail element is what a SOAP client sees before any endpoint runs.
     */
    public static void write(HttpServletResponse response, int status, String title, String detail, String code)
            throws IOException {
        write(response, status, title, detail);
    }

    /** Text as XML character data or attribute value. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
