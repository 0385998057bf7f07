package eu.practicehub.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.web.util.UriUtils;

/**
 * Paths of this site that a request asks to be sent to (a page to return to), checked so that a
 * redirect never leads out of the part of the site it is meant for.
 */
public final class LocalPaths {

    private static final int LONGEST = 2000;

    private LocalPaths() {
    }

    /**
     * {@code candidate} normalised (dot segments resolved, percent-encoding decoded once and written again),
     * with its query, when it is {@code base} (a path such as {@code /projects/BETTER}, or {@code /} for the
     * whole site) or below it; empty for anything else: another site, a path that climbs out of {@code base}
     * (also with {@code %2e%2e} or {@code %2f}), a backslash, a control character, a fragment, encoding that
     * is invalid or was applied twice.
     */
    public static Optional<String> within(String base, String candidate) {
        if (candidate == null || candidate.isEmpty() || candidate.length() > LONGEST
                || candidate.chars().anyMatch(c -> c <= ' ' || c == 0x7f || c == '\\')) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(candidate);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        if (uri.isOpaque() || uri.getScheme() != null || uri.getRawAuthority() != null || uri.getRawFragment() != null
                || uri.getRawPath() == null || !uri.getRawPath().startsWith("/")) {
            return Optional.empty();
        }
        return segments(uri.getRawPath())
                .filter(path -> startsWith(path, segments(base).orElseThrow()))
                .map(path -> path.stream().map(s -> UriUtils.encodePathSegment(s, StandardCharsets.UTF_8))
                        .collect(Collectors.joining("/", "/", "")))
                .map(path -> uri.getRawQuery() == null ? path : path + "?" + asciiOnly(uri.getRawQuery()));
    }

    /** The query with each character beyond ASCII percent-encoded as UTF-8, as an HTTP header may carry it. */
    private static String asciiOnly(String rawQuery) {
        StringBuilder ascii = new StringBuilder(rawQuery.length());
        rawQuery.codePoints().forEach(c -> {
            if (c < 0x80) {
                ascii.append((char) c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    ascii.append('%').append(String.format("%02X", b & 0xFF));
                }
            }
        });
        return ascii.toString();
    }

    /** The path's segments after decoding and resolving {@code .} and {@code ..}; empty when it climbs above the root. */
    private static Optional<List<String>> segments(String rawPath) {
        String decoded;
        try {
            decoded = UriUtils.decode(rawPath, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (decoded.chars().anyMatch(c -> Character.isISOControl(c) || c == '\\' || c == '%')) {
            return Optional.empty();
        }
        Deque<String> kept = new ArrayDeque<>();
        for (String segment : decoded.split("/")) {
            if (segment.equals("..")) {
                if (kept.pollLast() == null) {
                    return Optional.empty();
                }
            } else if (!segment.isEmpty() && !segment.equals(".")) {
                kept.addLast(segment);
            }
        }
        return Optional.of(List.copyOf(kept));
    }

    private static boolean startsWith(List<String> path, List<String> base) {
        return path.size() >= base.size() && path.subList(0, base.size()).equals(base);
    }
}
