package eu.practicehub.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The address people and clients reach PracticeHub at ({@code practicehub.base-url}): the base of every
 * absolute link it writes, in Location headers, feeds, calendar and one-time links. It is never taken
 * from a request, whose Host and forwarded headers say whatever the sender chose.
 */
@Component
public class PublicAddress {

    public static final String PROPERTY = "practicehub.base-url";

    private final URI base;

    public PublicAddress(@Value("${" + PROPERTY + "}") String baseUrl) {
        this.base = parse(baseUrl);
    }

    /** E.g. {@code https://practicehub.example.org}, without a trailing slash. */
    public URI base() {
        return base;
    }

    /**
     * The absolute address of a path of this site, e.g. {@code link("/api/v1/projects/{key}", "BETTER")}; the
     * values are encoded so that none can add a path segment or a query.
     */
    public URI link(String pathTemplate, Object... values) {
        return UriComponentsBuilder.fromUriString(base + pathTemplate).encode().buildAndExpand(values).toUri();
    }

    /** The {@code webcal:} address of a calendar feed at {@code path}, which a calendar app subscribes to. */
    public String webcal(String path) {
        URI feed = link(path);
        return "webcal" + feed.toString().substring(feed.getScheme().length());
    }

    private static URI parse(String value) {
        URI uri;
        try {
            uri = new URI(value.strip());
        } catch (URISyntaxException e) {
            throw invalid(value, "it is not a URL (" + e.getReason() + ").");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw invalid(value, "it does not start with http:// or https://.");
        }
        if (uri.getHost() == null) {
            throw invalid(value, "it names no host.");
        }
        if (uri.getPort() > 65535) {
            throw invalid(value, "its port is above 65535.");
        }
        if (uri.getRawUserInfo() != null) {
            throw invalid(value, "it holds a user name.");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw invalid(value, "it has a query (?) or a fragment (#).");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceAll("/+$", "");
        return URI.create(scheme + "://" + uri.getRawAuthority() + path);
    }

    private static InvalidConfigurationPropertyValueException invalid(String value, String problem) {
        return new InvalidConfigurationPropertyValueException(PROPERTY, value, "The public address of PracticeHub "
                + "must be an http or https URL with a host and without a query or fragment, such as "
                + "https://practicehub.example.org; " + problem);
    }
}
