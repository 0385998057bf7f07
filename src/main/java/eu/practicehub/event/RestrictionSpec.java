package eu.practicehub.event;

import java.time.LocalDate;

/**
 * What a travel or entry restriction says, as a form, the API, a CSV line or a project document
 * gives it: the country (ISO 3166-1 alpha-2), the first and last day it applies, its level, a note
 * and the web address of its source.
 */
public record RestrictionSpec(String country, LocalDate from, LocalDate to, RestrictionLevel level, String note,
        String source) {
}
