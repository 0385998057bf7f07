package eu.practicehub.web;

import eu.practicehub.common.DateTexts;
import eu.practicehub.common.KnownDate;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Dates as the pages show them ({@code @dates} in templates). The patterns come from the message
 * bundle so that each language writes dates its own way.
 */
@Component("dates")
public class DateFormats {

    private final MessageSource messages;

    DateFormats(MessageSource messages) {
        this.messages = messages;
    }

    /** E.g. "17 July 2021". */
    public String day(LocalDate date) {
        return date == null ? "" : format(date, "format.day");
    }

    /** A date as exactly as it is known: "17 July 2021", "July 2021" or "2021"; empty for none. */
    public String known(KnownDate date) {
        return texts().known(date);
    }

    /** A day, or a range of days when the period is longer than one. */
    public String period(LocalDate start, LocalDate end) {
        return period(start, end, DatePrecision.DAY);
    }

    /** "17 July 2021", "October 2019" or "2020", or a range of those, as exactly as the dates are known. */
    public String period(LocalDate start, LocalDate end, DatePrecision precision) {
        return texts().period(start, end, precision == null ? null : precision.shared());
    }

    /** As {@link #period(LocalDate, LocalDate, DatePrecision)}, with the precision given by its name. */
    public String period(LocalDate start, LocalDate end, String precision) {
        return period(start, end, precision == null ? DatePrecision.DAY : DatePrecision.valueOf(precision));
    }

    /** E.g. "09:30 – 17:00 (Europe/Rome)"; empty for an event known by date only. */
    public String times(LocalTime start, LocalTime end, String zone) {
        if (start == null) {
            return "";
        }
        return message("format.times", time(start), end == null ? "" : time(end), zone);
    }

    /** E.g. "Semester 5: 1 August 2021 – 31 January 2022", "Period 2: …" or "Transfer phase: …". */
    public String semester(Semester semester) {
        return message("format.period.dated", periodName(semester), period(semester.start(), semester.end()));
    }

    /**
     * A period's name: "Semester 5" for a period of six months, "Period 5" for one of another length,
     * the phase's name for a project whose phases are its periods.
     */
    public String periodName(Semester semester) {
        if (semester.name() != null) {
            return semester.name();
        }
        return message(semester.months() == 6 ? "period.semester" : "period.numbered", semester.number());
    }

    /** The name of the project's period of this number, as {@link #periodName(Semester)} gives it; "Period n" for one it does not have. */
    public String periodName(Project project, int number) {
        java.util.List<Semester> periods = project.semesters();
        if (number >= 1 && number <= periods.size()) {
            return periodName(periods.get(number - 1));
        }
        return message("period.numbered", number);
    }

    private String time(LocalTime time) {
        return DateTimeFormatter.ofPattern(message("format.time"), locale()).format(time);
    }

    private DateTexts texts() {
        return new DateTexts(messages, locale());
    }

    private String format(LocalDate date, String patternCode) {
        return DateTimeFormatter.ofPattern(message(patternCode), locale()).format(date);
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
