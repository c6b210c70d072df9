package io.tresor.web.portal.identity;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import java.io.IOException;

/** Redirects shared by the sign-in step pages. */
final class Pages {

    private Pages() {
    }

    /** A step page opened without a pending sign-in (bookmark, Back, expiry) starts over. */
    static void backToLogin() throws IOException {
        FacesContext context = FacesContext.getCurrentInstance();
        ExternalContext external = context.getExternalContext();
        external.redirect(external.getRequestContextPath() + "/login.xhtml");
        context.responseComplete();
    }
}
