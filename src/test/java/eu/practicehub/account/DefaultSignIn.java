package eu.practicehub.account;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.springframework.boot.webmvc.test.autoconfigure.MockMvcBuilderCustomizer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;
import org.springframework.test.context.TestContextAnnotationUtils;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Makes every MockMvc request of a test run as {@link #ADMINISTRATOR} with a CSRF token unless the
 * request says otherwise ({@code .with(user(...))}, {@code .with(anonymous())}) or the class is
 * {@link SignedOut}. Registered in {@code META-INF/spring.factories}.
 */
public class DefaultSignIn implements ContextCustomizerFactory {

    /** An administrator that exists only in the security context of tests. */
    public static final AccountUser ADMINISTRATOR = new AccountUser(0, "test-admin@practicehub.test", "Test administrator",
            "en", true);

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        return TestContextAnnotationUtils.hasAnnotation(testClass, SignedOut.class) ? null : new AsAdministrator();
    }

    private static final class AsAdministrator implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            // Reads carry no token, as in a browser, so that addresses a page redirects to stay as they are.
            RequestPostProcessor csrfOnWrites = request -> "GET".equals(request.getMethod()) ? request
                    : csrf().postProcessRequest(request);
            MockMvcBuilderCustomizer customizer = builder -> builder.defaultRequest(get("/").with(user(ADMINISTRATOR))
                    .with(csrfOnWrites));
            context.getBeanFactory().registerSingleton("defaultSignIn", customizer);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof AsAdministrator;
        }

        @Override
        public int hashCode() {
            return AsAdministrator.class.hashCode();
        }
    }
}
