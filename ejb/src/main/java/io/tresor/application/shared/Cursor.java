package io.tresor.application.shared;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Where a reader of a stream (telemetry, change feeds) stands, and how many entries it wants
 * next: for lists that grow while they are read, where an offset would skip or repeat entries.
 * The position is what the service that hands the cursor out needs to continue (e.g. the time
 * and id of the last entry read); callers never read it, they pass back the {@link #encode()
 * token} they were given. A {@code null} position reads from the start.
 */
public record Cursor(
        @Size(max = Cursor.MAX_POSITION) String position,
        @Min(1) @Max(PageRequest.MAX_LIMIT) int limit) {

    /** The longest position, in characters. */
    public static final int MAX_POSITION = 512;

    private static final String VERSION = "1:";
    /** Base64 of the longest position in UTF-8 (up to four bytes a character) with its version. */
    private static final int MAX_TOKEN = ((MAX_POSITION * 4 + VERSION.length()) / 3 + 1) * 4;
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    public Cursor {
        if (limit < 1 || limit > PageRequest.MAX_LIMIT || position != null && position.length() > MAX_POSITION) {
            throw new IllegalArgumentException("A cursor's limit is 1 to " + PageRequest.MAX_LIMIT
                    + " and its position at most " + MAX_POSITION + " characters");
        }
    }

    /** Reading from the start, {@code limit} entries at a time. */
    public static Cursor start(int limit) throws InvalidPage {
        return decode(null, limit);
    }

    /** The cursor after the last entry just read: same limit, the new position. */
    public Cursor next(String lastPosition) {
        return new Cursor(lastPosition, limit);
    }

    /** The opaque token a caller passes back (URL-safe); the empty string for the start. */
    public String encode() {
        return position == null ? "" : ENCODER.encodeToString((VERSION + position).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The cursor a caller passed back: {@code token} as {@link #encode()} made it (null or empty for
     * the start), with the limit the caller asks for now.
     */
    public static Cursor decode(String token, int limit) throws InvalidPage {
        if (limit < 1 || limit > PageRequest.MAX_LIMIT) {
            throw invalid();
        }
        if (token == null || token.isEmpty()) {
            return new Cursor(null, limit);
        }
        if (token.length() > MAX_TOKEN) {
            throw invalid();
        }
        String text;
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(token);
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | CharacterCodingException e) {
            throw invalid();
        }
        if (!text.startsWith(VERSION) || text.length() - VERSION.length() > MAX_POSITION) {
            throw invalid();
        }
        return new Cursor(text.substring(VERSION.length()), limit);
    }

    private static InvalidPage invalid() {
        return new InvalidPage(InvalidPage.CURSOR_INVALID, "The cursor is not one Tresor handed out, or the limit is not 1 to "
                + PageRequest.MAX_LIMIT);
    }
}
