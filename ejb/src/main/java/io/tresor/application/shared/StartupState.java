package io.tresor.application.shared;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * Whether start-up (migrations, first start) succeeded. Payara keeps a deployment running
 * even when a start-up bean fails, so readiness reports this and the launcher refuses to
 * call such a start a success.
 */
@ApplicationScoped
public class StartupState {

    private volatile boolean done;
    private volatile String failure;

    public void succeeded() {
        done = true;
    }

    public void failed(String reason) {
        failure = reason;
    }

    public boolean ready() {
        return done && failure == null;
    }

    public Optional<String> failure() {
        return Optional.ofNullable(failure);
    }
}
