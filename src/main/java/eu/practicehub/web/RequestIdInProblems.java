package eu.practicehub.web;

import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationConfig;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.ser.ValueSerializerModifier;

/**
 * Every problem document names the request it answers in a {@code requestId} property. Added where
 * problem documents are written as JSON, so that all of them carry it, wherever they come from: the
 * API's exception handlers, the unrouted API requests and the security filters' 401 and 403.
 */
@Component
class RequestIdInProblems extends SimpleModule {

    static final String PROPERTY = "requestId";

    RequestIdInProblems() {
        super("request-id-in-problems");
        setSerializerModifier(new ValueSerializerModifier() {

            @Override
            @SuppressWarnings("unchecked")
            public ValueSerializer<?> modifySerializer(SerializationConfig config, BeanDescription.Supplier description,
                    ValueSerializer<?> serializer) {
                return ProblemDetail.class.isAssignableFrom(description.getBeanClass())
                        ? new WithRequestId((ValueSerializer<ProblemDetail>) serializer) : serializer;
            }
        });
    }

    /** Writes a copy of the problem with the request's id; the problem itself is left as it was. */
    static final class WithRequestId extends ValueSerializer<ProblemDetail> {

        private final ValueSerializer<ProblemDetail> problems;

        WithRequestId(ValueSerializer<ProblemDetail> problems) {
            this.problems = problems;
        }

        @Override
        public void serialize(ProblemDetail problem, JsonGenerator json, SerializationContext context) {
            problems.serialize(withRequestId(problem), json, context);
        }

        @Override
        public void serializeWithType(ProblemDetail problem, JsonGenerator json, SerializationContext context,
                TypeSerializer types) {
            problems.serializeWithType(withRequestId(problem), json, context, types);
        }

        @Override
        public void resolve(SerializationContext context) {
            problems.resolve(context);
        }

        @Override
        @SuppressWarnings("unchecked")
        public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
            ValueSerializer<?> contextual = problems.createContextual(context, property);
            return contextual == problems ? this : new WithRequestId((ValueSerializer<ProblemDetail>) contextual);
        }

        @Override
        public Class<?> handledType() {
            return ProblemDetail.class;
        }

        @Override
        public ValueSerializer<?> getDelegatee() {
            return problems;
        }

        private static ProblemDetail withRequestId(ProblemDetail problem) {
            if (problem.getProperties() != null && problem.getProperties().containsKey(PROPERTY)) {
                return problem;
            }
            return RequestIdFilter.current().map(id -> {
                ProblemDetail copy = new Copy(problem);
                copy.setProperty(PROPERTY, id);
                return copy;
            }).orElse(problem);
        }
    }

    private static final class Copy extends ProblemDetail {

        Copy(ProblemDetail problem) {
            super(problem);
        }
    }
}
