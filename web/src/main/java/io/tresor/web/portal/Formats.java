package io.tresor.web.portal;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import io.tresor.application.shared.Settings;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

/**
 * Dates and times for pages, in the person's language. Times are shown in the installation's
 * time zone ({@code TRESOR_TIME_ZONE}, default Europe/Berlin), the zone of most of our customers.
 */
@Named
@RequestScoped
public class Formats {

    @Inject
    Language language;

    @Inject
    Settings settings;

    public String dateTime(Instant instant) {
        if (instant == null) {
            return "—";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(language.getLocale()).withZone(settings.timeZone()).format(instant);
    }

    /** A file size as people read it: 532 B, 14.2 kB, 3.1 MB (decimal units, in the view's language). */
    public String bytes(long size) {
        if (size < 1000) {
            return size + " B";
        }
        String[] units = {"kB", "MB", "GB"};
        double value = size;
        int unit = -1;
        while (value >= 1000 && unit < units.length - 1) {
            value /= 1000;
            unit++;
        }
        return String.format(language.getLocale(), "%.1f %s", value, units[unit]);
    }
}
