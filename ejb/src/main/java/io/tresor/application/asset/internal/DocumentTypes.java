package io.tresor.application.asset.internal;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.InstalledBaseException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;

/**
 * Which documents may be uploaded: the file's first bytes must be those of the type its name
 * claims, so that a renamed executable or a macro-carrying Office file is refused. Office
 * documents are ZIP files; only the macro-free formats (.docx, .xlsx) are accepted.
 */
final class DocumentTypes {

    private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP = {'P', 'K', 3, 4};

    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "pdf", "application/pdf",
            "png", "image/png",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "txt", "text/plain",
            "csv", "text/csv",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private DocumentTypes() {
    }

    /** The file name as stored: no directories, no control characters, at most 255 characters. */
    static String cleanName(String fileName) throws InstalledBaseException {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty() || name.length() > 255 || name.startsWith(".")) {
            throw InstalledBaseException.invalid(InstalledBaseException.DOCUMENT_NAME,
                    "A document needs a file name of 1 to 255 characters");
        }
        return name;
    }

    /** The media type of an accepted document, or the refusal saying what is accepted. */
    static String mediaType(String fileName, byte[] content) throws InstalledBaseException {
        if (content.length == 0) {
            throw InstalledBaseException.invalid(InstalledBaseException.DOCUMENT_EMPTY, "The document is empty");
        }
        if (content.length > AssetDocumentService.MAX_BYTES) {
            throw InstalledBaseException.invalid(InstalledBaseException.DOCUMENT_TOO_LARGE,
                    "The document is larger than " + AssetDocumentService.MAX_BYTES / (1024 * 1024) + " MB",
                    AssetDocumentService.MAX_BYTES / (1024 * 1024));
        }
        int dot = fileName.lastIndexOf('.');
        String extension = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        String mediaType = MEDIA_TYPES.get(extension);
        if (mediaType == null) {
            throw InstalledBaseException.invalid(InstalledBaseException.DOCUMENT_TYPE,
                    "Only PDF, PNG, JPEG, TXT, CSV, DOCX and XLSX documents"
                    + " can be uploaded, not ." + extension, extension);
        }
        boolean matches = switch (extension) {
            case "pdf" -> startsWith(content, PDF);
            case "png" -> startsWith(content, PNG);
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "docx", "xlsx" -> startsWith(content, ZIP);
            default -> isText(content);
        };
        if (!matches) {
            throw InstalledBaseException.invalid(InstalledBaseException.DOCUMENT_CONTENT,
                    "The content of " + fileName + " is not a ." + extension + " file", fileName, extension);
        }
        return mediaType;
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        return content.length >= magic.length && Arrays.equals(content, 0, magic.length, magic, 0, magic.length);
    }

    /** UTF-8 without NUL bytes: what text and CSV files are, and what binaries are not. */
    private static boolean isText(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
