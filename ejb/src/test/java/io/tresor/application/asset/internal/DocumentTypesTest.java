package io.tresor.application.asset.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.InstalledBaseException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentTypesTest {

    private static final byte[] PDF = "%PDF-1.7\n1 0 obj\n".getBytes(StandardCharsets.US_ASCII);

    @Test
    void documentsWhoseContentMatchesTheirNameAreAccepted() throws Exception {
        assertEquals("application/pdf", DocumentTypes.mediaType("Manual.PDF", PDF));
        assertEquals("image/png", DocumentTypes.mediaType("pump.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0}));
        assertEquals("image/jpeg", DocumentTypes.mediaType("pump.jpg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff, 0}));
        assertEquals("text/csv", DocumentTypes.mediaType("parts.csv", "Teil;Menge\nDichtung;2\n".getBytes(StandardCharsets.UTF_8)));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                DocumentTypes.mediaType("parts.xlsx", new byte[] {'P', 'K', 3, 4, 0}));
    }

    @Test
    void aRenamedProgramOrAMacroDocumentIsRefused() {
        assertCode("document.content", () -> DocumentTypes.mediaType("manual.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0}));
        assertCode("document.content", () -> DocumentTypes.mediaType("notes.txt", new byte[] {'a', 0, 'b'}));
        assertCode("document.content", () -> DocumentTypes.mediaType("notes.txt", new byte[] {(byte) 0xc3, (byte) 0x28}));
        assertCode("document.type", () -> DocumentTypes.mediaType("parts.xlsm", new byte[] {'P', 'K', 3, 4}));
        assertCode("document.type", () -> DocumentTypes.mediaType("setup.exe", new byte[] {'M', 'Z'}));
        assertCode("document.type", () -> DocumentTypes.mediaType("README", PDF));
    }

    @Test
    void emptyAndOversizedDocumentsAreRefused() {
        assertCode("document.empty", () -> DocumentTypes.mediaType("manual.pdf", new byte[0]));
        byte[] big = Arrays.copyOf(PDF, AssetDocumentService.MAX_BYTES + 1);
        assertCode("document.tooLarge", () -> DocumentTypes.mediaType("manual.pdf", big));
    }

    @Test
    void namesLoseDirectoriesAndControlCharacters() throws Exception {
        assertEquals("passwd.pdf", DocumentTypes.cleanName("../../etc/passwd.pdf"));
        assertEquals("Handbuch Pumpe.pdf", DocumentTypes.cleanName("C:\\Users\\x\\Handbuch\u0007 Pumpe.pdf"));
        assertCode("document.name", () -> DocumentTypes.cleanName(".htaccess"));
        assertCode("document.name", () -> DocumentTypes.cleanName("dir/"));
        assertCode("document.name", () -> DocumentTypes.cleanName(null));
    }

    private interface Check {
        Object run() throws InstalledBaseException;
    }

    private static void assertCode(String code, Check check) {
        assertEquals(code, assertThrows(InstalledBaseException.class, check::run).code());
    }
}
