package io.tresor.systemtest.device;

import io.tresor.systemtest.support.Command;
import io.tresor.systemtest.support.TresorServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a device (or its installer) does with standard tools in a working directory: openssl for
 * keys and requests, curl for talking to Tresor, pinned to the server's certificate.
 */
final class DeviceSide {

    /** curl's answer: HTTP status, media type, and the body it saved. */
    record Answer(int status, String mediaType, String body) {
    }

    private static final Pattern PEM_BLOCK = Pattern.compile("-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----");

    final Path dir;
    private final TresorServer server;

    DeviceSide(TresorServer server, Path dir) {
        this.server = server;
        this.dir = dir;
    }

    /** An EC P-256 key and a request for {@code commonName}, as {@code key.pem} and {@code <file>}. */
    Path request(String commonName, String file, String... keyOptions) {
        List<String> command = new ArrayList<>(List.of("openssl", "req", "-new", "-nodes", "-subj", "/CN=" + commonName,
                "-keyout", file + ".key", "-out", file));
        command.addAll(keyOptions.length == 0 ? List.of("-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256")
                : List.of(keyOptions));
        openssl(command);
        return dir.resolve(file);
    }

    Command.Result openssl(List<String> command) {
        Command.Result r = Command.run(dir, command);
        if (!r.ok()) {
            throw new AssertionError(String.join(" ", command) + " failed: " + r.output());
        }
        return r;
    }

    Answer enroll(String deviceId, String user, String token, Path csr) {
        return curl("answer.out", "-u", user + ":" + token, "-H", "Content-Type: application/pkcs10",
                "--data-binary", "@" + csr, server.baseUrl() + "/api/v1/devices/" + deviceId + "/enroll");
    }

    String url(String path) {
        return server.baseUrl() + path;
    }

    Answer fetch(String path, String file) {
        return curl(file, server.baseUrl() + path);
    }

    /** curl with these arguments, the answer saved to {@code out}. */
    Answer curl(String out, String... args) {
        List<String> command = new ArrayList<>(List.of("curl", "-sS", "--cacert", server.serverCertificatePem().toString(),
                "-o", out, "-w", "%{http_code} %{content_type}"));
        command.addAll(List.of(args));
        Command.Result r = Command.run(dir, command);
        if (!r.ok()) {
            throw new AssertionError("curl failed: " + r.output());
        }
        String[] statusAndType = r.output().strip().split(" ", 2);
        String type = statusAndType.length > 1 ? statusAndType[1].split(";")[0].strip() : "";
        try {
            // Latin-1 keeps every byte of a binary answer (the CRL) and reads PEM and JSON alike.
            return new Answer(Integer.parseInt(statusAndType[0]), type,
                    new String(Files.readAllBytes(dir.resolve(out)), StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The n-th PEM block (from 1) of a file, written to {@code target}. */
    Path block(Path pem, int n, String target) {
        try {
            Matcher block = PEM_BLOCK.matcher(Files.readString(pem));
            for (int i = 0; i < n; i++) {
                if (!block.find()) {
                    throw new AssertionError(pem + " has fewer than " + n + " certificates");
                }
            }
            Files.writeString(dir.resolve(target), block.group() + "\n");
            return dir.resolve(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path write(String file, String text) {
        try {
            return Files.writeString(dir.resolve(file), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
