package eu.practicehub.common;

/**
 * The signed-in person behind a request, as the modules that record who did something see it.
 * The security context's principal implements it; background work and the demo loader have none.
 */
public interface Actor {

    long accountId();

    String email();

    String displayName();
}
