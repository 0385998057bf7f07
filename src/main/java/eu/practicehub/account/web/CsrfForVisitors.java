package eu.practicehub.account.web;

/**
 * The layout gives its CSRF token (for htmx writes) to signed-in people, and to visitors only on the
 * pages where they send a form (sign in, choose a password): reading the token starts a session, and
 * a session for every reader of the public pages would be kept (in memory, or in the database under
 * the postgres profile) for nothing.
 */
final class CsrfForVisitors {

    /** The model attribute that asks the layout for the token although nobody is signed in. */
    static final String ATTRIBUTE = "csrfForVisitors";

    private CsrfForVisitors() {
    }
}
