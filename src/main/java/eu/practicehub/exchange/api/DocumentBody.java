package eu.practicehub.exchange.api;

import eu.practicehub.common.Violation;
import eu.practicehub.exchange.ProjectDocument;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a project document from its JSON, noting every value of the wrong kind (text where a number
 * belongs, a list where an object belongs, a text with control characters) with its path and reading
 * on without it, so that the import can list those problems with all the others. Only a body that is
 * no document at all (not JSON, not an object, or a section of the wrong kind) is refused at once,
 * as any other unreadable body is.
 */
final class DocumentBody {

    /** Enough for any real document; a body with more wrong values is refused as unreadable. */
    private static final int MOST_PROBLEMS = 500;

    /** The document as read, the values it could not read left out, and those values' problems. */
    record Read(ProjectDocument document, List<Violation> problems) {
    }

    private DocumentBody() {
    }

    static Read read(JsonMapper json, JsonNode body, HttpInputMessage input) {
        if (body == null || body.isNull() || body.isMissingNode()) {
            throw new HttpMessageNotReadableException("Required request body is missing", input);
        }
        // The body is copied only when a value is to be left out of it: a document without such problems,
        // however large, is read from the body as it came.
        JsonNode document = body;
        List<Violation> problems = new ArrayList<>();
        while (true) {
            try {
                return new Read(json.treeToValue(document, ProjectDocument.class), problems);
            } catch (JacksonException e) {
                List<JacksonException.Reference> path = e.getPath();
                boolean valueProblem = e instanceof MismatchedInputException || e instanceof InputCoercionException;
                JsonNode wrong = !valueProblem || path.size() < 2 || problems.size() >= MOST_PROBLEMS ? null
                        : at(document, path);
                if (wrong != null && document == body) {
                    document = body.deepCopy();
                }
                if (wrong == null || !leaveOut(document, path)) {
                    throw new HttpMessageNotReadableException(e.getOriginalMessage(), e, input);
                }
                problems.add(Violation.of(field(path), e instanceof MismatchedInputException mismatch
                        ? code(mismatch.getTargetType(), wrong) : "import.value.range"));
            }
        }
    }

    /** The problem of a value: a text refused where text belongs can only have control characters. */
    private static String code(Class<?> target, JsonNode wrong) {
        if (wrong.isString() && (target == null || target == String.class)) {
            return "validation.controlCharacter";
        }
        if (target == null) {
            return "import.value.object";
        }
        if (target == String.class) {
            return "import.value.text";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class) {
            return "import.value.wholeNumber";
        }
        if (target == BigDecimal.class || Number.class.isAssignableFrom(target)) {
            return "import.value.number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "import.value.boolean";
        }
        return Collection.class.isAssignableFrom(target) ? "import.value.list" : "import.value.object";
    }

    private static JsonNode at(JsonNode root, List<JacksonException.Reference> path) {
        JsonNode node = root;
        for (JacksonException.Reference ref : path) {
            if (node == null) {
                return null;
            }
            node = ref.getPropertyName() != null ? node.get(ref.getPropertyName())
                    : ref.getIndex() >= 0 ? node.get(ref.getIndex()) : null;
        }
        return node;
    }

    /** Leaves the value out: a property is removed, an item of a list becomes null (reported missing in its place). */
    private static boolean leaveOut(JsonNode root, List<JacksonException.Reference> path) {
        JsonNode parent = at(root, path.subList(0, path.size() - 1));
        JacksonException.Reference last = path.get(path.size() - 1);
        if (parent instanceof ObjectNode object && last.getPropertyName() != null && object.has(last.getPropertyName())) {
            object.remove(last.getPropertyName());
            return true;
        }
        if (parent instanceof ArrayNode array && last.getIndex() >= 0 && last.getIndex() < array.size()
                && !array.get(last.getIndex()).isNull()) {
            array.set(last.getIndex(), NullNode.getInstance());
            return true;
        }
        return false;
    }

    private static String field(List<JacksonException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JacksonException.Reference ref : path) {
            if (ref.getPropertyName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                field.append('[').append(ref.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
