package io.tresor.application.shared;

import jakarta.ejb.ApplicationException;

/** Thrown when a page or a cursor asked for is outside the bounds of {@link PageRequest} and {@link Cursor}. */
@ApplicationException(rollback = true)
public class InvalidPage extends Refused {

    private static final long serialVersionUID = 1L;

    /** The offset is negative or the limit outside 1 to the largest page. Arguments: the largest page. */
    public static final String PAGE_INVALID = "page.invalid";
    /** The cursor is not one that Tresor handed out, or its limit is outside 1 to the largest page. Arguments: the largest page. */
    public static final String CURSOR_INVALID = "cursor.invalid";

    InvalidPage(String code, String message) {
        super(Kind.INVALID, code, message, null, PageRequest.MAX_LIMIT);
    }
}
