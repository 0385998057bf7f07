package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The message bundles, one per language of the pages: English names every text a page or
 * the API shows, and each other language has every one of them, with the same arguments.
 */
class MessageBundleTests {

    private static final List<String> BUNDLES = List.of("messages", "messages-api");

    private static final List<String> TRANSLATIONS = PageLocales.SUPPORTED.stream().map(Locale::getLanguage)
            .filter(language -> !language.equals("en")).toList();

    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([A-Za-z0-9_.\\-]+)");

    private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");

    private static final List<Pattern> LITERALS = List.of(Pattern.compile("\"([^\"\\n]*)\""), Pattern.compile("'([^'\\n]*)'"));

    private static final Pattern FORM_CLASS = Pattern.compile("(?:class|record) ([A-Z]\\w*Form)\\b");

    @Test
    void everyMessageKeyATemplateNamesIsInTheBundle() throws IOException {
        Properties bundle = load("messages", null);
        Set<String> missing = new TreeSet<>();
        for (Path file : sources("src/main/resources/templates", ".html")) {
            Matcher keys = TEMPLATE_KEY.matcher(Files.readString(file));
            while (keys.find()) {
                if (!bundle.containsKey(keys.group(1))) {
                    missing.add(keys.group(1) + " in " + file.getFileName());
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void eachLanguageHasEveryKeyOfEnglishAndNoOther(String language) throws IOException {
        for (String bundle : BUNDLES) {
            Set<String> english = load(bundle, null).stringPropertyNames();
            Set<String> translated = load(bundle, language).stringPropertyNames();
            assertThat(difference(english, translated)).as("keys of %s missing in %s_%s", bundle, bundle, language).isEmpty();
            assertThat(difference(translated, english)).as("keys of %s_%s that English lacks", bundle, language).isEmpty();
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void eachTranslationTakesTheArgumentsOfTheEnglishText(String language) throws IOException {
        Map<String, String> different = new TreeMap<>();
        for (String bundle : BUNDLES) {
            Properties english = load(bundle, null);
            Properties translated = load(bundle, language);
            for (String key : english.stringPropertyNames()) {
                String text = translated.getProperty(key);
                if (text != null && !arguments(english.getProperty(key)).equals(arguments(text))) {
                    different.put(key, english.getProperty(key) + "  ≠  " + text);
                }
            }
        }
        assertThat(different).isEmpty();
    }

    /** A text with arguments must be a valid MessageFormat pattern, or the page showing it would fail. */
    @ParameterizedTest
    @MethodSource("languages")
    void everyTextWithArgumentsIsAPatternMessageFormatReads(String language) throws IOException {
        Map<String, String> broken = new TreeMap<>();
        Locale locale = Locale.forLanguageTag(language);
        for (String bundle : BUNDLES) {
            Properties texts = load(bundle, language.equals("en") ? null : language);
            for (String key : texts.stringPropertyNames()) {
                String text = texts.getProperty(key);
                try {
                    if (key.startsWith("format.") || key.endsWith(".format.moment")) {
                        if (!text.contains("{")) {
                            DateTimeFormatter.ofPattern(text, locale);
                        }
                    } else if (ARGUMENT.matcher(text).find()) {
                        new MessageFormat(text, locale);
                    }
                } catch (IllegalArgumentException e) {
                    broken.put(key, text + "  (" + e.getMessage() + ")");
                }
            }
        }
        assertThat(broken).isEmpty();
    }

    /**
     * Texts go through java.text.MessageFormat, where a plain apostrophe starts a quotation and
     * swallows what follows; translations write ’. Date patterns are not messages and may quote.
     */
    @ParameterizedTest
    @MethodSource("translations")
    void noTranslationHoldsAnApostropheThatMessageFormatWouldSwallow(String language) throws IOException {
        List<String> swallowing = new ArrayList<>();
        for (String bundle : BUNDLES) {
            Properties translated = load(bundle, language);
            for (String key : translated.stringPropertyNames()) {
                if (translated.getProperty(key).contains("'") && !key.contains("format.")) {
                    swallowing.add(key + "=" + translated.getProperty(key));
                }
            }
        }
        assertThat(swallowing).isEmpty();
    }

    /**
     * Every English text is shown somewhere: its key is named in a template or the code, falls under
     * a prefix that code completes ({@code 'status.' + ${status}}, {@code sentence("newsletter.next.project")}
     * reading {@code newsletter.next.project.aims}), labels a field of a form object
     * ({@code practiceForm.title}) or is one of Spring's own codes (typeMismatch, problemDetail).
     */
    @Test
    void everyEnglishTextIsUsedByTheApplication() throws IOException {
        Set<String> literals = new TreeSet<>();
        Set<String> formPrefixes = new TreeSet<>();
        List<Path> files = new ArrayList<>(sources("src/main/java", ".java"));
        files.addAll(sources("src/main/resources/templates", ".html"));
        files.addAll(sources("src/main/resources/templates", ".txt"));
        for (Path file : files) {
            String source = Files.readString(file);
            Matcher keys = TEMPLATE_KEY.matcher(source);
            while (keys.find()) {
                literals.add(keys.group(1));
            }
            for (Pattern quoted : LITERALS) {
                Matcher literal = quoted.matcher(source);
                while (literal.find()) {
                    literals.add(literal.group(1).strip());
                }
            }
            Matcher form = FORM_CLASS.matcher(source);
            while (form.find()) {
                formPrefixes.add(Character.toLowerCase(form.group(1).charAt(0)) + form.group(1).substring(1) + ".");
            }
        }
        List<String> prefixes = literals.stream().filter(s -> s.endsWith(".") || s.endsWith("-") || s.endsWith("_"))
                .filter(s -> s.length() > 2).toList();
        Set<String> unused = new TreeSet<>();
        for (String bundle : BUNDLES) {
            for (String key : load(bundle, null).stringPropertyNames()) {
                boolean used = literals.contains(key)
                        || prefixes.stream().anyMatch(key::startsWith)
                        || literals.stream().anyMatch(literal -> literal.contains(".") && key.startsWith(literal + "."))
                        || formPrefixes.stream().anyMatch(key::startsWith)
                        || key.startsWith("typeMismatch") || key.startsWith("problemDetail.");
                if (!used) {
                    unused.add(bundle + ": " + key);
                }
            }
        }
        assertThat(unused).isEmpty();
    }

    static List<String> translations() {
        return TRANSLATIONS;
    }

    static List<String> languages() {
        return PageLocales.SUPPORTED.stream().map(Locale::getLanguage).toList();
    }

    private static Set<String> arguments(String text) {
        Set<String> found = new TreeSet<>();
        Matcher argument = ARGUMENT.matcher(text);
        while (argument.find()) {
            found.add(argument.group(1));
        }
        return found;
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> left = new TreeSet<>(these);
        left.removeAll(those);
        return left;
    }

    private static Properties load(String bundle, String language) throws IOException {
        String name = "/" + bundle + (language == null ? "" : "_" + language) + ".properties";
        Properties properties = new Properties();
        try (InputStream in = MessageBundleTests.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> sources(String folder, String ending) throws IOException {
        try (Stream<Path> files = Files.walk(Path.of(folder))) {
            return files.filter(f -> f.toString().endsWith(ending)).toList();
        }
    }
}
