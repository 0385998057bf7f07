package eu.practicehub.web;

import eu.practicehub.common.Text;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters (other than tab and line breaks) in every text a request sends, in
 * form fields and query parameters as in JSON bodies, before any of it reaches a service or the
 * database. Pages answer with their 400 page, the API with a problem document naming the field.
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
            for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
                for (String value : parameter.getValue()) {
                    if (!Text.isClean(value) || !Text.isClean(parameter.getKey())) {
                        throw new ServletRequestBindingException(
                                "Parameter '" + parameter.getKey() + "' contains a control character");
                    }
                }
            }
            return true;
        }
    }

    static final class CleanStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) {
            String value = super.deserialize(parser, context);
            if (!Text.isClean(value)) {
                throw InvalidFormatException.from(parser, "text must not contain control characters", value, String.class);
            }
            return value;
        }
    }
}
