package eu.practicehub.account;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test class whose MockMvc requests carry no default sign-in and no CSRF token: each request says who
 * sends it. Without this annotation, MockMvc requests run as an administrator with a valid CSRF token
 * (see {@link DefaultSignIn}), so that tests of other behaviour need not repeat it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
public @interface SignedOut {
}
