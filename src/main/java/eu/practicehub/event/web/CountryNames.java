package eu.practicehub.event.web;

import eu.practicehub.common.Countries;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Country names for the pages ({@code @countryNames.of('IT')} in templates), from ISO 3166-1 alpha-2 codes. */
@Component("countryNames")
class CountryNames {

    /** The country's name in the language of the request, e.g. “Italy” for IT; the code itself when none is known. */
    public String of(String code) {
        return Countries.name(code, LocaleContextHolder.getLocale());
    }
}
