package io.tresor.application.device;

/**
 * What the device channel's refusals share: a stable machine-readable code beside a message
 * in plain words. Each subclass lists its codes and is an application exception of its own.
 */
public abstract class Refusal extends Exception {

    private static final long serialVersionUID = 1L;

    private final String code;

    protected Refusal(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
