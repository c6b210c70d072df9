package io.tresor.application.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.PositiveOrZero;

/**
 * Which part of an offset-paged list a caller asks for: every such list of the services takes one
 * (assets, devices, audit events), so every list has the same bounds and refuses a bad page with the
 * same code. The constraints are the contract; the constructor holds them too, so an invalid page
 * cannot exist and no service has to check (or silently clamp) one. Channels build it with
 * {@link #of}, which turns a bad page into the {@link InvalidPage} refusal {@code page.invalid}.
 */
public record PageRequest(
        @PositiveOrZero(message = "offset must be >= 0") int offset,
        @Min(value = 1, message = "limit must be between 1 and " + PageRequest.MAX_LIMIT)
        @Max(value = PageRequest.MAX_LIMIT, message = "limit must be between 1 and " + PageRequest.MAX_LIMIT) int limit) {

    /** The largest page (and cursor) limit of every list. */
    public static final int MAX_LIMIT = 500;

    public PageRequest {
        if (!fits(offset, limit)) {
            throw new IllegalArgumentException(message());
        }
    }

    /** The page, or the refusal a channel reports for a bad one. */
    public static PageRequest of(int offset, int limit) throws InvalidPage {
        if (!fits(offset, limit)) {
            throw new InvalidPage(InvalidPage.PAGE_INVALID, message());
        }
        return new PageRequest(offset, limit);
    }

    private static boolean fits(int offset, int limit) {
        return offset >= 0 && limit >= 1 && limit <= MAX_LIMIT;
    }

    private static String message() {
        return "offset must be >= 0 and limit between 1 and " + MAX_LIMIT;
    }
}
