package io.tresor.application.shared;

/** A system job worked across tenants for the first time since the start; the audit trail records it. */
public record SystemReachGranted(SystemJob job) {
}
