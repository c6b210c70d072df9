package io.tresor.web.rest.device;

import jakarta.validation.constraints.NotNull;

/** A new group: X509 with the factory CA's PEM, or SYMMETRIC (Tresor makes the group key). */
public record EnrollmentGroupDraft(@NotNull String name, @NotNull String kind, @NotNull String assetTypeId,
                                   String caCertificate) {
}
