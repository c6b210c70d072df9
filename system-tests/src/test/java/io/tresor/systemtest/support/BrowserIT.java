package io.tresor.systemtest.support;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The browser helper works here: Chromium starts offline, accepts the certificate and screenshots. */
class BrowserIT {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final TresorServer server = TresorServer.get();

    @Test
    void headlessChromiumOpensTresorOverItsSelfSignedCertificate() throws IOException {
        try (Browser browser = Browser.open()) {
            String health = server.baseUrl().resolve("/health").toString();
            browser.driver().get(health);

            // An interstitial or error page would have another URL or lack the health document.
            assertEquals(health, browser.driver().getCurrentUrl());
            String page = browser.driver().getPageSource();
            assertTrue(page.contains("\"status\":\"UP\""), () -> "no UP in the page: " + page);

            Path screenshot = browser.screenshot("browser-health");
            try (InputStream in = Files.newInputStream(screenshot)) {
                assertArrayEquals(PNG_SIGNATURE, in.readNBytes(PNG_SIGNATURE.length), "not a PNG: " + screenshot);
            }
        }
    }
}
