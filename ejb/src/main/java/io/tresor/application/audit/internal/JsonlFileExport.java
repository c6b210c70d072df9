package io.tresor.application.audit.internal;

import io.tresor.application.audit.AuditService.EventView;
import io.tresor.application.audit.ChainSubscriber;
import io.tresor.application.shared.Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * SIEM export as a JSON Lines file ({@code TRESOR_SIEM_JSONL_FILE}) that grows with the chain,
 * one event per line in the format of the audit export; log shippers (Filebeat, Fluent Bit,
 * the Splunk forwarder) tail it.
 */
@ApplicationScoped
public class JsonlFileExport implements ChainSubscriber {

    @Inject
    Settings settings;

    @Override
    public String name() {
        return "siem-jsonl";
    }

    @Override
    public boolean enabled() {
        return settings.siemJsonlFile().isPresent();
    }

    @Override
    public boolean startsAtHead() {
        return false;
    }

    @Override
    public void deliver(List<EventView> events) throws IOException {
        Path file = Path.of(settings.siemJsonlFile().orElseThrow());
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND)) {
            for (EventView e : events) {
                out.write(SiemLines.json(e));
                out.write('\n');
            }
        }
    }
}
