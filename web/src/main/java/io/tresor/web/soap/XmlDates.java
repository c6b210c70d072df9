package io.tresor.web.soap;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** xs:date and xs:dateTime as java.time values (JAXB 4 knows only the old calendar types). */
public final class XmlDates {

    private XmlDates() {
    }

    /** xs:date, e.g. {@code 2026-03-01}. */
    public static final class Date extends XmlAdapter<String, LocalDate> {
        @Override
        public LocalDate unmarshal(String text) {
            try {
                // xs:date may carry a zone offset ("2026-03-01Z"); an installation date has none.
                return text == null ? null : LocalDate.parse(text.strip().replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", ""));
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an xs:date such as 2026-03-01: " + text);
            }
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
            try {
                return text == null ? null : Instant.parse(text.strip());
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("Not an xs:dateTime in UTC such as 2026-03-01T12:00:00Z: " + text);
            }
        }

        @Override
        public String marshal(Instant instant) {
            return instant == null ? null : instant.toString();
        }
    }
}
