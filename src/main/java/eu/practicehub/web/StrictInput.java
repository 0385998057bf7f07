package eu.practicehub.web;

import org.springframework.boot.http.converter.autoconfigure.ServerHttpMessageConvertersCustomizer;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.type.LogicalType;

/**
 * One body format, read one way. The application reads and writes JSON only (the YAML, CBOR, Smile
 * and XML converters that libraries on the class path would add are removed), and a JSON value must
 * have the kind its field has: no number taken as text or as a date, no {@code 1.5} as a version, no
 * text as a number, no number as one of a list of names, no key twice, nothing after the document;
 * dates and instants are ISO 8601 text ({@link IsoDates}).
 * Numbers in addresses, parameters and forms are read by {@link DecimalNumbers}.
 */
@Configuration(proxyBeanMethods = false)
class StrictInput {

    @Bean
    ServerHttpMessageConvertersCustomizer jsonOnly() {
        return converters -> converters.configureMessageConvertersList(list -> list.removeIf(StrictInput::isOtherFormat));
    }

    private static boolean isOtherFormat(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(type -> {
            String subtype = type.getSubtype();
            return subtype.contains("yaml") || subtype.contains("cbor") || subtype.contains("smile")
                    || subtype.equals("xml") || subtype.endsWith("+xml");
        }) && converter.getSupportedMediaTypes().stream().noneMatch(MediaType.ALL::equals);
    }

    @Bean
    JsonMapperBuilderCustomizer valuesOfTheirOwnKind() {
        return json -> json
                .addModule(IsoDates.module())
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Integer, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Float, number -> number
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Boolean, truth -> truth
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail))
                .withCoercionConfig(LogicalType.Enum, name -> name
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail));
    }
}
