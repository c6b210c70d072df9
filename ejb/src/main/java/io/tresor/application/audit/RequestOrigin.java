package io.tresor.application.audit;

/**
 * Where the current request comes from, set by the web layer for the duration of a request so
 * that audit events carry the source address and request id without every service passing them.
 */
public final class RequestOrigin {

    private static final ThreadLocal<RequestOrigin> CURRENT = new ThreadLocal<>();

    private final String address;
    private final String requestId;

    private RequestOrigin(String address, String requestId) {
        this.address = address;
        this.requestId = requestId;
    }

    public static void begin(String address, String requestId) {
        CURRENT.set(new RequestOrigin(address, requestId));
    }

    public static void end() {
        CURRENT.remove();
    }

    static RequestOrigin current() {
        return CURRENT.get();
    }

    String address() {
        return address;
    }

    String requestId() {
        return requestId;
    }
}
