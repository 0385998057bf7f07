package eu.practicehub.common;

/** A record that a request names does not exist; pages answer 404, the API a problem document. */
public class NotFoundException extends RuntimeException {

    private final String kind;
    private final String reference;

    public NotFoundException(String kind, Object reference) {
        super(kind + " " + reference + " not found");
        this.kind = kind;
        this.reference = String.valueOf(reference);
    }

    /** The message code suffix of what was looked for, e.g. {@code practice}. */
    public String kind() {
        return kind;
    }

    public String reference() {
        return reference;
    }
}
