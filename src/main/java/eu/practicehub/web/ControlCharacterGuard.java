package eu.practicehub.web;

import eu.practicehub.common.Text;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.module.SimpleModule;

/**
 * Refuses control characters (other than tab and line breaks) in the text of JSON bodies before it
 * reaches a service: a 400 naming the field. Query parameters are checked by {@link RequestGate},
 * page forms while binding ({@code CleanTextEditor}), and every text again by the domain's checks.
 */
@Configuration(proxyBeanMethods = false)
class ControlCharacterGuard {

    @Bean
    JacksonModule controlCharacterFreeStrings() {
        return new SimpleModule("control-character-free-strings").addDeserializer(String.class, new CleanStrings());
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
