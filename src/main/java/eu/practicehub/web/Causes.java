package eu.practicehub.web;

/** Looks through a failure and the failures that caused it. */
final class Causes {

    private Causes() {
    }

    /** The first failure in the chain that is a {@code type}, or null. */
    static <T extends Throwable> T of(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
