package io.tresor.web.portal.error;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Gives an error page its incident id and logs the cause under it; the page never shows a stack trace. */
@Named
@RequestScoped
public class Incident {

    private static final Logger LOG = Logger.getLogger(Incident.class.getName());

    private String id;

    @PostConstruct
    void record() {
        id = UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
        Object error = request.get("jakarta.servlet.error.exception");
        if (error instanceof Throwable t) {
            LOG.log(Level.SEVERE, "Incident " + id + " at " + request.get("jakarta.servlet.error.request_uri"), t);
        }
    }

    public String getId() {
        return id;
    }
}
