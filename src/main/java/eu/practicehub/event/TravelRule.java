package eu.practicehub.event;

import eu.practicehub.common.Countries;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Partner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * The travel rule: an event meets in person only where neither the host's country nor any visitor's
 * country is restricted on any of its days (its local dates, both included).
 */
final class TravelRule {

    private TravelRule() {
    }

    /** The partners of an event, host first (when it has one). */
    static List<Partner> attending(Partner host, List<Partner> visitors) {
        return Stream.concat(Stream.ofNullable(host), visitors.stream()).toList();
    }

    static List<String> countries(Collection<Partner> partners) {
        return partners.stream().map(Partner::getCountry).distinct().toList();
    }

    /** The restrictions among {@code restrictions} that restrict one of the partners' countries on a day of the period. */
    static List<Restriction> restricting(List<Restriction> restrictions, Collection<Partner> partners, LocalDate start,
            LocalDate end) {
        List<String> countries = countries(partners);
        return restrictions.stream()
                .filter(r -> countries.contains(r.getCountry()) && r.restrictsAnyDayOf(start, end))
                .toList();
    }

    /** True when one of the restrictions restricts the partner's country. */
    static boolean isRestricted(Partner partner, List<Restriction> restricting) {
        return partner != null && restricting.stream().anyMatch(r -> r.getCountry().equals(partner.getCountry()));
    }

    /**
     * The visitors who cannot travel to the host: all of them when the host's country is restricted,
     * else those from a restricted country, in the order given.
     */
    static List<Partner> joiningOnline(Partner host, List<Partner> visitors, List<Restriction> restricting) {
        return isRestricted(host, restricting) ? visitors
                : visitors.stream().filter(p -> isRestricted(p, restricting)).toList();
    }

    /**
     * The refusal of an in-person event, on its mode, naming each restricted country with the
     * period of its restriction (“Italy (IT) from 9 March 2020 to 31 May 2022 and in Sweden (SE) …”).
     */
    static Violation refusal(List<Restriction> restricting) {
        List<MessageSourceResolvable> periods = new ArrayList<>();
        for (Restriction r : restricting) {
            periods.add(new DefaultMessageSourceResolvable(new String[] {"event.mode.restricted.period"},
                    new Object[] {country(r.getCountry()), r.getCountry(), day(r.getFrom()), day(r.getTo())}));
        }
        return Violation.of("mode", "event.mode.restricted", joined(periods));
    }

    /** A country's name, from the bundle when it has one ({@code country.IT}), else its English name. */
    static MessageSourceResolvable country(String code) {
        return new DefaultMessageSourceResolvable(new String[] {"country." + code}, null,
                Countries.name(code, Locale.ENGLISH));
    }

    /** A date for a message's {@code {n,date,...}} format, at midnight where the message is formatted. */
    private static java.util.Date day(LocalDate date) {
        return java.sql.Date.valueOf(date);
    }

    private static MessageSourceResolvable joined(List<MessageSourceResolvable> items) {
        MessageSourceResolvable joined = items.get(0);
        for (int i = 1; i < items.size(); i++) {
            String code = i == items.size() - 1 ? "event.mode.restricted.last" : "event.mode.restricted.next";
            joined = new DefaultMessageSourceResolvable(new String[] {code}, new Object[] {joined, items.get(i)});
        }
        return joined;
    }
}
