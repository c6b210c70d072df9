package io.tresor.systemtest.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** {@code docs/verify-audit-export.py}: what an auditor runs outside Tresor, with Python and openssl only. */
public final class AuditExportScript {

    /** The script's exit code (0: intact) and what it printed. */
    public record Verdict(int exit, String output) {
    }

    private AuditExportScript() {
    }

    public static Verdict verify(Path export) throws IOException, InterruptedException {
        Path script = Path.of(System.getProperty("tresor.root", "..")).resolve("docs/verify-audit-export.py");
        Process p = new ProcessBuilder("python3", script.toString(), export.toString()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("The export verification did not end within a minute");
        }
        return new Verdict(p.exitValue(), out.strip());
    }
}
