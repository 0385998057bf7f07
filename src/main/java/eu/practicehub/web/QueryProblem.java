package eu.practicehub.web;

import eu.practicehub.common.Text;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The first parameter of a raw query string that a request may not carry: one whose name or value
 * is not well-formed percent-encoding of UTF-8 (a stray {@code %}, {@code %ff}, the overlong
 * {@code %c0%bc}), or holds a control character other than tab and line breaks.
 */
record QueryProblem(String parameter, String code) {

    static Optional<QueryProblem> find(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            if (name == null || value == null) {
                return Optional.of(new QueryProblem(Text.shown(name == null ? rawName : name), "request.parameter.encoding"));
            }
            if (!Text.isClean(name) || !Text.isClean(value)) {
                return Optional.of(new QueryProblem(Text.shown(name), "request.parameter.controlCharacter"));
            }
        }
        return Optional.empty();
    }

    /** The decoded text, or null when it is not percent-encoded UTF-8. */
    static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int high = Character.digit(raw.charAt(i + 1), 16);
                int low = Character.digit(raw.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high * 16 + low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else if (c < 0x80) {
                bytes.write(c);
            } else {
                // Not percent-encoded at all: the container would read it in some charset of its own.
                return null;
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
