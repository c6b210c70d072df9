package io.tresor.web.soap;

import jakarta.xml.bind.annotation.adapters.XmlAdapter;
import java.time.Instant;
import java.time.LocalDate;

/** xs:date and xs:dateTime as java.time values (JAXB 4 knows only the old calendar types). */
public final class XmlDates {

    private XmlDates() {
    }

    /** xs:date, e.g. {@code 2026-03-01}. */
    public static final class Date extends XmlAdapter<String, LocalDate> {
        @Override
        public LocalDate unmarshal(String text) {
            // xs:date may carry a zone offset ("2026-03-01Z"); an installation date has none.
            return text == null ? null : LocalDate.parse(text.strip().replaceFirst("(Z|[+-]\\d\\d:\\d\\d)$", ""));
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
