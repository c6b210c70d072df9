package io.tresor.web.rest.device;

import jakarta.validation.constraints.NotNull;

/** A device to register on an asset; without an {@code id} Tresor makes one. */
public record DeviceDraft(@NotNull String assetId, String id) {
}
