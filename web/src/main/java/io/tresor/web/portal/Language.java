package io.tresor.web.portal;

import io.tresor.application.identity.ProfileService;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The portal language: the browser's preference (German or English) until the person picks
 * one; a signed-in person's choice is remembered with their account.
 */
@Named
@SessionScoped
public class Language implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> SUPPORTED = List.of("de", "en");

    @Inject
    ProfileService profiles;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            Locale requested = FacesContext.getCurrentInstance().getExternalContext().getRequestLocale();
            locale = requested != null && "de".equals(requested.getLanguage()) ? Locale.GERMAN : Locale.ENGLISH;
        }
        return locale;
    }

    public String getCode() {
        return getLocale().getLanguage();
    }

    /** Applies a remembered choice after sign-in. */
    public void use(String code) {
        if (code != null && SUPPORTED.contains(code)) {
            locale = Locale.forLanguageTag(code);
        }
    }

    public void switchTo(String code) throws IOException {
        use(code);
        FacesContext context = FacesContext.getCurrentInstance();
        context.getViewRoot().setLocale(getLocale());
        if (context.getExternalContext().getUserPrincipal() != null) {
            profiles.changeLocale(getCode());
        }
        var external = context.getExternalContext();
        String query = ((jakarta.servlet.http.HttpServletRequest) external.getRequest()).getQueryString();
        external.redirect(external.getRequestContextPath() + context.getViewRoot().getViewId()
                + (query == null ? "" : "?" + query));
    }
}
