package eu.practicehub.search.index;

import java.util.List;

/** The names of the fields of a practice's document in the index, and of the analyzers they use. */
public final class PracticeFields {

    public static final String ENGLISH = "practice_english";
    public static final String SORT = "practice_sort";

    public static final String TITLE = "title";
    public static final String TITLE_SORT = "title_sort";
    public static final String SUMMARY = "summary";
    public static final String PROBLEM = "problemAddressed";
    public static final String DESCRIPTION = "description";
    public static final String EVIDENCE = "evidenceOfSuccess";
    public static final String LOCATION = "location";
    public static final String IDENTIFIED_ON = "identifiedOn";
    public static final String STATUS = "status";
    public static final String PUBLIC = "publicVisible";
    public static final String PROJECT_ID = "project.id";
    public static final String PROJECT_KEY = "project.key";
    public static final String PROJECT_NAME = "project.name";
    public static final String PROGRAMME = "project.programme";
    public static final String OWNER_ID = "owner.id";
    public static final String OWNER = "owner.shortName";
    public static final String COUNTRY = "owner.country";
    public static final String OWNER_TYPE = "owner.organisationType";
    public static final String THEME_ID = "themes.id";
    public static final String THEME = "themes.name";

    /** The English full-text fields, with how much a match in each counts. */
    public static final List<Weighted> TEXTS = List.of(new Weighted(TITLE, 3f), new Weighted(SUMMARY, 2f),
            new Weighted(PROBLEM, 1f), new Weighted(DESCRIPTION, 1f), new Weighted(EVIDENCE, 1f),
            new Weighted(LOCATION, 1.5f));

    /** The fields whose matches are highlighted. */
    public static final List<String> HIGHLIGHTED = List.of(TITLE, SUMMARY, PROBLEM, DESCRIPTION, EVIDENCE, LOCATION);

    /** What separates a project's key from its name in the project facet's values. */
    public static final char FACET_SEPARATOR = '\u001f';

    private PracticeFields() {
    }

    public record Weighted(String field, float boost) {
    }
}
