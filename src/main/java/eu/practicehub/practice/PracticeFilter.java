package eu.practicehub.practice;

/** The catalogue's filters; each one left null does not filter. */
public record PracticeFilter(String text, Long themeId, Long ownerId, PracticeStatus status) {

    public static PracticeFilter none() {
        return new PracticeFilter(null, null, null, null);
    }
}
