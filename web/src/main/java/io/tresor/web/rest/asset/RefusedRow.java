package io.tresor.web.rest.asset;

/** A row of a CSV import that was not imported; {@code serialNumber} is absent where the row has none. */
public record RefusedRow(long line, String serialNumber, String message) {
}
