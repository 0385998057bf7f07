package eu.practicehub.search;

import eu.practicehub.search.index.PracticeFields;

/** What the good-practice database counts and filters by, with the query parameter that names it. */
public enum Facet {
    PROGRAMME("programme", PracticeFields.PROGRAMME, PracticeFields.PROGRAMME),
    PROJECT("project", PracticeFields.PROJECT_KEY, PracticeFields.PROJECT_ID),
    COUNTRY("country", PracticeFields.COUNTRY, PracticeFields.COUNTRY),
    THEME("theme", PracticeFields.THEME, PracticeFields.THEME),
    STATUS("status", PracticeFields.STATUS, PracticeFields.STATUS),
    OWNER_TYPE("ownerType", PracticeFields.OWNER_TYPE, PracticeFields.OWNER_TYPE);

    private final String parameter;
    private final String filterField;
    private final String countField;

    Facet(String parameter, String filterField, String countField) {
        this.parameter = parameter;
        this.filterField = filterField;
        this.countField = countField;
    }

    public String parameter() {
        return parameter;
    }

    String filterField() {
        return filterField;
    }

    String countField() {
        return countField;
    }
}
