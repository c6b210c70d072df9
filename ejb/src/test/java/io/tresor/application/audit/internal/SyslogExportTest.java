package io.tresor.application.audit.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.platform.Settings;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** RFC 5424 messages over a real TCP connection, read back the way a syslog receiver frames them (RFC 6587). */
class SyslogExportTest {

    private static EventView event(long seq, String outcome, String targetId) {
        return new EventView(seq, Instant.parse("2026-11-22T10:15:30.123Z"), "USER", "u-1", "t-1", "user.disabled", "user",
                targetId, null, outcome, "src", "req-1", "{\"reason\":\"x\"}", "0".repeat(64), "ab".repeat(32));
    }

    @Test
    void eventsArriveAsOctetCountedSyslogMessagesWithTheirSequenceAndHash() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            CompletableFuture<List<String>> received = CompletableFuture.supplyAsync(() -> read(server, 2));
            SyslogExport export = new SyslogExport();
            export.settings = new Settings() {
                @Override
                public Optional<String> siemSyslog() {
                    return Optional.of("127.0.0.1:" + server.getLocalPort());
                }
            };
            export.deliver(List.of(event(1, "SUCCESS", "x-1"), event(2, "DENIED", "odd\"]\\id")));
            export.close();

            List<String> messages = received.get(10, TimeUnit.SECONDS);
            assertTrue(messages.get(0).startsWith("<109>1 2026-11-22T10:15:30.123Z "), messages.get(0));
            assertTrue(messages.get(0).contains(" tresor - user.disabled [tresor@32473 seq=\"1\" outcome=\"SUCCESS\""),
                    messages.get(0));
            assertTrue(messages.get(0).contains("hash=\"" + "ab".repeat(32) + "\"]"));
            assertTrue(messages.get(0).endsWith("\"details\":\"{\\\"reason\\\":\\\"x\\\"}\"}"), messages.get(0));
            assertTrue(messages.get(1).startsWith("<108>1 "), "failures and refusals are warnings");
            assertTrue(messages.get(1).contains("targetId=\"odd\\\"\\]\\\\id\""), messages.get(1));
        }
    }

    private static List<String> read(ServerSocket server, int count) {
        try (Socket socket = server.accept(); InputStream in = socket.getInputStream()) {
            DataInputStream data = new DataInputStream(in);
            List<String> messages = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                StringBuilder length = new StringBuilder();
                for (int ch = data.read(); ch != ' '; ch = data.read()) {
                    length.append((char) ch);
                }
                byte[] message = new byte[Integer.parseInt(length.toString())];
                data.readFully(message);
                messages.add(new String(message, StandardCharsets.UTF_8));
            }
            return messages;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
