package eu.practicehub.actionplan;

/** A background link with the title of the record it names, for pages and the API. */
public record LinkedRecord(LinkKind kind, long id, String title) {

    public String token() {
        return kind + ":" + id;
    }
}
