package io.tresor.web.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;

@ApplicationPath("/api/v1")
public class ApiApplication extends Application {

    /**
     * No WADL: {@code /openapi} is the contract, and Jersey's generated WADL resource (and its
     * answers to OPTIONS) would be an operation that declares no scope.
     */
    @Override
    public Map<String, Object> getProperties() {
        return Map.of("jersey.config.server.wadl.disableWadl", true);
    }
}
