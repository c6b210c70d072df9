package io.tresor.web.portal;

import io.tresor.application.shared.Refused;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Faces messages from the resource bundle, in the view's language. This is the portal's one
 * mapper of refusals: a {@link Refused} is shown by its code, never by its English message.
 */
public final class Messages {

    static final String BUNDLE = "io.tresor.web.portal.messages";

    /** A refusal's text is the bundle's {@code refused.<code>}, filled with its arguments. */
    public static final String REFUSED = "refused.";

    private Messages() {
    }

    public static String text(String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return args.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(args);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    public static void info(String key, Object... args) {
        add(FacesMessage.SEVERITY_INFO, key, args);
    }

    public static void error(String key, Object... args) {
        add(FacesMessage.SEVERITY_ERROR, key, args);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... args) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(severity, text(key, args), null));
    }

    /** The refusal as an error message: its code's text in the view's language, with its arguments. */
    public static void refused(Refused refusal) {
        FacesContext context = FacesContext.getCurrentInstance();
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale());
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, refusalText(bundle, refusal), null));
    }

    /** The text of a refusal from a bundle; a code without text (a test keeps it from happening) says only "not possible". */
    public static String refusalText(ResourceBundle bundle, Refused refusal) {
        return refusalText(bundle, refusal.code(), refusal.arguments());
    }

    /** The text of a refusal's code and arguments in the view's language (for refusals reported, not thrown). */
    public static String refusalText(String code, List<Object> arguments) {
        FacesContext context = FacesContext.getCurrentInstance();
        return refusalText(ResourceBundle.getBundle(BUNDLE, context.getViewRoot().getLocale()), code, arguments);
    }

    private static String refusalText(ResourceBundle bundle, String code, List<Object> arguments) {
        String key = bundle.containsKey(REFUSED + code) ? REFUSED + code : REFUSED + "unknown";
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(arguments.toArray());
    }

    /** Lets this request's messages survive the redirect that follows. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }
}
