package io.tresor.web.soap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** What the SOAP channel lets through to the JAX-WS runtime, before any of it is parsed there. */
class XmlGuardTest {

    private static final String TEXT_XML = "text/xml; charset=utf-8";
    private static final String ENVELOPE = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Body>"
            + "<a:getAsset xmlns:a=\"urn:tresor:soap:asset:1\"><id>%s</id></a:getAsset></S:Body></S:Envelope>";

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theOperationIsTheFirstElementOfTheBodyNotOfAHeader() {
        String withHeader = "<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\"><S:Header>"
                + "<a:registerAsset xmlns:a=\"urn:tresor:soap:asset:1\"/></S:Header><S:Body>"
                + "<a:getAsset xmlns:a=\"urn:tresor:soap:asset:1\"><id>x</id></a:getAsset></S:Body></S:Envelope>";
        assertEquals(Optional.of(new QName("urn:tresor:soap:asset:1", "getAsset")), XmlGuard.operation(utf8(withHeader), TEXT_XML));
        assertEquals(Optional.empty(), XmlGuard.operation(utf8("<S:Envelope xmlns:S=\"http://schemas.xmlsoap.org/soap/envelope/\">"
                + "<S:Body/></S:Envelope>"), TEXT_XML));
    }

    @Test
    void aPlainEnvelopeIsAccepted() {
        assertTrue(XmlGuard.acceptable(utf8("<?xml version=\"1.0\"?>" + ENVELOPE.formatted("a-1")), TEXT_XML));
        assertTrue(XmlGuard.acceptable(utf8("<!-- a comment --><?pi x?>" + ENVELOPE.formatted("a-1")), null));
    }

    @Test
    void anEntityReadingALocalFileIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + ENVELOPE.formatted("&xxe;");
        assertFalse(XmlGuard.acceptable(utf8(xxe), TEXT_XML));
        assertFalse(XmlGuard.acceptable(utf8(xxe), null));
    }

    @Test
    void billionLaughsIsRefusedWithoutExpanding() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE lolz [<!ENTITY lol0 \"lol\">");
        for (int level = 1; level <= 9; level++) {
            dtd.append("<!ENTITY lol").append(level).append(" \"")
                    .append(("&lol" + (level - 1) + ";").repeat(10)).append("\">");
        }
        byte[] bomb = utf8(dtd + "]>" + ENVELOPE.formatted("&lol9;"));
        assertTimeoutPreemptively(Duration.ofSeconds(1), () -> assertFalse(XmlGuard.acceptable(bomb, TEXT_XML)));
    }

    @Test
    void anExternalDtdOrParameterEntityIsNeverFetched() throws IOException {
        try (ServerSocket attacker = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + attacker.getLocalPort() + "/evil.dtd";
            assertFalse(XmlGuard.acceptable(utf8("<!DOCTYPE r SYSTEM \"" + url + "\">" + ENVELOPE.formatted("x")), TEXT_XML));
            assertFalse(XmlGuard.acceptable(utf8("<!DOCTYPE r [<!ENTITY % remote SYSTEM \"" + url + "\"> %remote;]>"
                    + ENVELOPE.formatted("x")), TEXT_XML));
            attacker.setSoTimeout(300);
            assertThrows(SocketTimeoutException.class, attacker::accept, "nobody connected to fetch the DTD");
        }
    }

    @Test
    void aDoctypeInUtf16IsRefusedToo() {
        byte[] xxe = ("<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + ENVELOPE.formatted("&xxe;"))
                .getBytes(StandardCharsets.UTF_16);
        assertFalse(XmlGuard.acceptable(xxe, "text/xml; charset=UTF-16"));
        assertFalse(XmlGuard.acceptable(xxe, "text/xml"));
        assertTrue(XmlGuard.acceptable(ENVELOPE.formatted("a-1").getBytes(StandardCharsets.UTF_16),
                "text/xml; charset=\"UTF-16\""));
    }

    @Test
    void whatIsNotWellFormedXmlIsRefused() {
        assertFalse(XmlGuard.acceptable(utf8("<S:Envelope xmlns:S=\"x\"><S:Body></S:Envelope>"), TEXT_XML));
        assertFalse(XmlGuard.acceptable(utf8("not xml at all"), TEXT_XML));
        assertFalse(XmlGuard.acceptable(utf8(ENVELOPE.formatted("a-1")), "text/xml; charset=x-no-such-charset"));
    }
}
