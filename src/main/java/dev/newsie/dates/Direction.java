package dev.newsie.dates;

import dev.newsie.settings.Settings;
import dev.newsie.settings.SettingsException;

import java.util.Locale;

/** Which occurrence of a weekday, day of the month or month a text means, relative to the document date. */
enum Direction {
    /** the latest one on or before the document date ("sanctioned Iran on Monday") */
    ON_OR_BEFORE,
    /** the latest one strictly before ("last May") */
    BEFORE,
    /** the earliest one on or after ("will meet on Monday") */
    ON_OR_AFTER,
    /** the earliest one strictly after ("next Monday") */
    AFTER,
    /** the nearest one, the later on a tie ("leaders meet Monday") */
    NEAREST;

    /** A setting's value: on-or-before, before, on-or-after, after, nearest. */
    static Direction of(Settings settings, String key) {
        String value = settings.text(key);
        try {
            return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new SettingsException(settings.file() + ": setting '" + key + "' must be one of on-or-before, before, "
                    + "on-or-after, after, nearest; not '" + value + "'");
        }
    }
}
