package io.tresor.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Downloads of uploaded files are attachments, never shown inline, so an uploaded document
 * cannot run as a page of Tresor's origin. The name is given twice (RFC 6266): as ASCII for
 * old clients and UTF-8 encoded for umlauts.
 */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7e]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
