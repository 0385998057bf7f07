package eu.practicehub.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MarkdownTests {

    @Test
    void aCharacterReferenceToACharacterNoPageOrFeedMayHoldIsRenderedAsAReplacementCharacter() {
        String html = Markdown.toHtml("Entities: x &#x1b; y &#xfffe; z &#55296; t &#x85; u &#0; end &amp; &#xe9;");

        assertThat(eu.practicehub.common.Text.isClean(html)).isTrue();
        assertThat(html).contains("x \uFFFD y \uFFFD z \uFFFD t \uFFFD u \uFFFD end &amp; é");
    }

    @Test
    void rendersParagraphsHeadingsListsAndLinks() {
        String html = Markdown.toHtml("""
                ## What comes next

                Partners will hold **five** study visits:

                - in Genoa
                - in Tartu

                Visit [our website](https://www.interregeurope.eu/better/).
                """);

        assertThat(html).contains("<h2>What comes next</h2>", "<strong>five</strong>", "<li>in Genoa</li>",
                "href=\"https://www.interregeurope.eu/better/\">our website</a>");
    }

    @Test
    void movesTheHeadingsUnderThePagesOwnKeepingTheirDistances() {
        String text = """
                # Summer news

                ## What comes next

                ####### not a heading
                """;

        assertThat(Markdown.toHtml(text)).contains("<h2>Summer news</h2>", "<h3>What comes next</h3>");
        assertThat(Markdown.toHtml(text, 3)).contains("<h3>Summer news</h3>", "<h4>What comes next</h4>");
        assertThat(Markdown.toHtml("## Next\n\n###### Fine print", 3)).contains("<h3>Next</h3>", "<h6>Fine print</h6>");
    }

    @Test
    void rendersATableWithColumnHeadersAndLineBreaksInCells() {
        String html = Markdown.toHtml("""
                | Dates | Participants |
                | --- | --- |
                | 17 July 2021 | Host: Genoa<br>Visitors: Gävle |
                """);

        assertThat(html).contains("<table class=\"table\">", "<th scope=\"col\">Dates</th>",
                "<td>Host: Genoa<br>Visitors: Gävle</td>");
    }

    @Test
    void showsRawHtmlAsTextSoNoScriptIsInjected() {
        String html = Markdown.toHtml("""
                <script>alert('block')</script>

                Inline <script>alert('inline')</script> and <img src=x onerror=alert(1)> and <b>bold</b>.
                """);

        assertThat(html).doesNotContain("<script", "<img", "<b>")
                .contains("&lt;script&gt;alert('block')&lt;/script&gt;", "&lt;script&gt;alert('inline')",
                        "&lt;img src=x onerror=alert(1)&gt;");
    }

    @Test
    void dropsLinksToScripts() {
        String html = Markdown.toHtml("[click](javascript:alert(1)) ![x](javascript:alert(2))");

        assertThat(html).doesNotContain("javascript:");
    }

    @Test
    void dropsLinksAndImagesToDataAndOtherSchemesButKeepsWebMailAndRelativeOnes() {
        String html = Markdown.toHtml("[d](data:text/html,hi) ![p](data:image/svg+xml,x) [v](vbscript:x) "
                + "[w](https://example.org/a) [m](mailto:a@example.org) [r](/projects/BETTER/news)");

        assertThat(html).doesNotContain("data:", "vbscript:")
                .contains("href=\"https://example.org/a\"", "href=\"mailto:a@example.org\"", "href=\"/projects/BETTER/news\"");
    }

    @Test
    void writesTextLiterallySoItsCharactersStartNoMarkup() {
        String text = "A *star* | a [link](x) <b> _under_ #1";

        assertThat(Markdown.toHtml(Markdown.literal(text)))
                .isEqualTo("<p>A *star* | a [link](x) &lt;b&gt; _under_ #1</p>\n");
    }

    @Test
    void writesTextLiterallyEvenWhereItLooksLikeACharacterReferenceOrStartsAListOrAQuote() {
        for (String text : List.of("Fish &amp; chips &#169; &x", "- not a list item", "+ nor this", "2021. A year",
                "3) Three", "= underline", "> not a quote")) {
            assertThat(Markdown.toHtml(Markdown.literal(text))).as(text)
                    .isEqualTo("<p>" + text.replace("&", "&amp;").replace(">", "&gt;") + "</p>\n");
        }
    }
}
