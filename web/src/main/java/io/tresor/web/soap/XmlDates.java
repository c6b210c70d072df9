package io.tresor.web.soap;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** xs:date and xs:dateTime as java.time values (JAXB 4 knows only the old calendar types). */
public final class XmlDates {

    private XmlDates() {
    }

    /**
     * An xs:date such as {@code 2026-03-01} (a zone offset, which xs:date allows, is dropped: an
     * installation date has none). Request fields that must not be ignored when malformed are
     * Strings parsed with this, because JAXB skips a value its adapter cannot read and goes on.
     *
     * @throws DateTimeParseException if {@code text} is no date
     */
    public static LocalDate parseDate(String text) {
        return LocalDate.parse(text.strip().replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", ""));
    }

    /** xs:date, e.g. {@code 2026-03-01}. */
    public static final class Date extends XmlAdapter<String, LocalDate> {
        @Override
        public LocalDate unmarshal(String text) {
            return text == null ? null : parseDate(text);
        }

        @Override
        public String marshal(LocalDate date) {
            return date == null ? null : date.toString();
        }
    }

    /** xs:dateTime in UTC, e.g. {@code 2026-03-01T12:00:00Z}. */
    public static final class DateTime extends XmlAdapter<String, Instant> {
        @Override
        public Instant unmarshal(String text) {
            return text == null ? null : Instant.parse(text.strip());
        }

        @Override
        public String marshal(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }
}
