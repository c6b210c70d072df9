package io.tresor.web.portal.asset;

import io.tresor.application.asset.AssetDocumentService;
import io.tresor.application.asset.InstalledBaseException;
import io.tresor.web.security.ContentDisposition;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code /portal/assets/document?id=...}: a document for the signed-in person, as a plain link
 * can fetch it. The portal's security constraint admits the caller; the service decides whether
 * the document is within their reach and answers "not found" otherwise.
 */
@WebServlet("/portal/assets/document")
public class DocumentDownloadServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient AssetDocumentService documents;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        AssetDocumentService.Download d;
        try {
            d = documents.download(request.getParameter("id"));
        } catch (InstalledBaseException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType(d.mediaType());
        response.setHeader("Content-Disposition", ContentDisposition.attachment(d.fileName()));
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(d.content().length);
        response.getOutputStream().write(d.content());
    }
}
