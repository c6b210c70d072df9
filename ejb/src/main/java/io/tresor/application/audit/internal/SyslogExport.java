package io.tresor.application.audit.internal;

import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.audit.ChainSubscriber;
import io.tresor.application.shared.Settings;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.List;
import javax.net.SocketFactory;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * SIEM export as RFC 5424 syslog over TCP ({@code TRESOR_SIEM_SYSLOG=host:port}), with TLS
 * (RFC 5425) when {@code TRESOR_SIEM_SYSLOG_TLS=true}, framed by octet counting (RFC 6587).
 * Facility "log audit" (13); severity notice for successes, warning for failures and refusals.
 * The structured data carries sequence number and hash, so a receiver can deduplicate and verify.
 */
@ApplicationScoped
public class SyslogExport implements ChainSubscriber {

    /** Private enterprise number 32473 is the one RFC 5612 reserves for documentation and examples. */
    static final String SD_ID = "tresor@32473";
    private static final int FACILITY_LOG_AUDIT = 13;

    @Inject
    Settings settings;

    /** TLS connections: the JVM's (Payara's) trust store unless a test brings its own. */
    SSLSocketFactory tls;

    private Socket socket;

    @Override
    public String name() {
        return "siem-syslog";
    }

    @Override
    public boolean enabled() {
        return settings.siemSyslog().isPresent();
    }

    @Override
    public boolean startsAtHead() {
        return false;
    }

    @Override
    public synchronized void deliver(List<EventView> events) throws IOException {
        try {
            OutputStream out = connection().getOutputStream();
            String host = hostName();
            for (EventView e : events) {
                out.write(frame(e, host));
            }
            out.flush();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private Socket connection() throws IOException {
        if (socket == null || socket.isClosed()) {
            String target = settings.siemSyslog().orElseThrow();
            int colon = target.lastIndexOf(':');
            if (colon < 1) {
                throw new IOException("TRESOR_SIEM_SYSLOG must be host:port, not " + target);
            }
            SocketFactory factory = !settings.siemSyslogTls() ? SocketFactory.getDefault()
                    : tls != null ? tls : SSLSocketFactory.getDefault();
            socket = factory.createSocket(target.substring(0, colon), Integer.parseInt(target.substring(colon + 1)));
            socket.setSoTimeout(10_000);
            if (socket instanceof SSLSocket ssl) {
                // The receiver must be the host the setting names, not anyone holding a trusted certificate.
                SSLParameters parameters = ssl.getSSLParameters();
                parameters.setEndpointIdentificationAlgorithm("HTTPS");
                ssl.setSSLParameters(parameters);
                // A refused handshake closes the socket in deliver(), like any failed delivery.
                ssl.startHandshake();
            }
        }
        return socket;
    }

    @PreDestroy
    synchronized void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing a broken connection: nothing left to do
            }
            socket = null;
        }
    }

    /** One RFC 5424 message with its RFC 6587 octet count. */
    static byte[] frame(EventView e, String host) {
        int severity = "SUCCESS".equals(e.outcome()) ? 5 : 4;
        String message = "<" + (FACILITY_LOG_AUDIT * 8 + severity) + ">1 "
                + DateTimeFormatter.ISO_INSTANT.format(e.occurredAt()) + " " + printable(host, 255) + " tresor - "
                + printable(e.action(), 32) + " [" + SD_ID
                + param("seq", Long.toString(e.seq())) + param("outcome", e.outcome())
                + param("actorType", e.actorType()) + param("actorId", e.actorId()) + param("tenant", e.tenantId())
                + param("targetType", e.targetType()) + param("targetId", e.targetId())
                + param("purpose", e.purpose()) + param("hash", e.hash()) + "] \uFEFF" + SiemLines.json(e);
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        byte[] length = (bytes.length + " ").getBytes(StandardCharsets.US_ASCII);
        byte[] framed = new byte[length.length + bytes.length];
        System.arraycopy(length, 0, framed, 0, length.length);
        System.arraycopy(bytes, 0, framed, length.length, bytes.length);
        return framed;
    }

    private static String param(String name, String value) {
        if (value == null) {
            return "";
        }
        // RFC 5424 section 6.3.3: '"', '\' and ']' are escaped inside a parameter value.
        return " " + name + "=\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("]", "\\]") + "\"";
    }

    /** Header fields are printable US-ASCII without spaces, limited in length; "-" when empty. */
    private static String printable(String value, int max) {
        if (value == null || value.isEmpty()) {
            return "-";
        }
        StringBuilder b = new StringBuilder();
        for (char ch : value.toCharArray()) {
            if (b.length() == max) {
                break;
            }
            b.append(ch > 32 && ch < 127 ? ch : '_');
        }
        return b.toString();
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "-";
        }
    }
}
