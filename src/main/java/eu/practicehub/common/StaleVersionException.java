package eu.practicehub.common;

/** Somebody saved the record after the version the request was based on: nothing was changed. */
public class StaleVersionException extends RuntimeException {

    private final long expected;
    private final long actual;

    public StaleVersionException(long expected, long actual) {
        super("record was changed by someone else: edited version " + expected + ", current version " + actual);
        this.expected = expected;
        this.actual = actual;
    }

    public long expected() {
        return expected;
    }

    public long actual() {
        return actual;
    }
}
