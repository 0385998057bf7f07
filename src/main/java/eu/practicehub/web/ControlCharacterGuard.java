package eu.practicehub.web;

import eu.practicehub.common.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters (other than tab and line breaks) in the text a request sends before
 * any of it reaches a service or the database: in query parameters and API requests (a 400 naming
 * the parameter or field) and in JSON bodies. Page forms check their fields while binding, so the
 * problem shows next to the field ({@code CleanText}).
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterGuard implements WebMvcConfigurer {

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ParameterGuard());
    }

    @Bean
    JacksonModule controlCharacterFreeStrings() {
        return new SimpleModule("control-character-free-strings").addDeserializer(String.class, new CleanStrings());
    }

    static final class ParameterGuard implements HandlerInterceptor {

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletRequestBindingException {
            if (isPageForm(request, handler)) {
                return true;
            }
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    if (!Text.isClean(value) || !Text.isClean(parameter.getKey())) {
                        throw new ControlCharacterInParameter(parameter.getKey());
                    }
                }
            }
            return true;
        }

        private static boolean isPageForm(HttpServletRequest request, Object handler) {
            return "POST".equals(request.getMethod()) && handler instanceof HandlerMethod method
                    && !AnnotatedElementUtils.hasAnnotation(method.getBeanType(), RestController.class);
        }
    }

    /** A 400 whose detail, resolved from the message bundle, names the parameter. */
    static final class ControlCharacterInParameter extends ServletRequestBindingException {

        ControlCharacterInParameter(String parameter) {
            super("Parameter '" + parameter + "' contains a control character", "request.parameter.controlCharacter",
                    new Object[] {parameter});
        }
    }

    /** Reported as a problem of the field that holds the text. */
    static final class ControlCharacterInText extends MismatchedInputException {

        ControlCharacterInText(JsonParser parser) {
            super(parser, "text must not contain control characters other than tab and line breaks");
        }
    }

    static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (!Text.isClean(value)) {
                throw new ControlCharacterInText(parser);
            }
            return value;
        }
    }
}
