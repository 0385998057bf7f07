package eu.practicehub.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.dashboard.web.SvgCharts.Bar;
import eu.practicehub.dashboard.web.SvgCharts.Progress;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class SvgChartsTests {

    @Test
    void drawsBarsProportionalToTheirValuesWithTheLargestFillingTheBarArea() throws Exception {
        Document svg = parse(SvgCharts.bars("owners", "Practices by owner", "Genoa 6, Gävle 3, Tartu 0",
                List.of(new Bar("Genoa", 6, "6"), new Bar("Gävle", 3, "3"), new Bar("Tartu", 0, "0"))));

        double area = SvgCharts.area(List.of("6", "3", "0"));
        assertThat(widths(svg, "bar")).containsExactly(SvgCharts.percent(area), SvgCharts.percent(area / 2), "0%");
        assertThat(texts(svg, "label")).containsExactly("Genoa", "Gävle", "Tartu");
        assertThat(texts(svg, "value")).containsExactly("6", "3", "0");
    }

    @Test
    void keepsItsTextsInPixelsAndLeavesRoomAfterTheLongestBarForItsTextOnAPhone() throws Exception {
        String figures = "12 su 20, 10 in programma";
        Element root = parse(SvgCharts.progress("phone", "Progress", "d",
                List.of(new Progress("Irányítóbizottsági ülések", 20, 12, 10, figures)), "a", "p", "t")).getDocumentElement();

        assertThat(root.hasAttribute("viewBox")).as("a viewBox would shrink the texts with the picture").isFalse();
        assertThat(root.getAttribute("width")).isEqualTo("100%");
        assertThat(root.getAttribute("font-size")).isEqualTo("14");
        double barEnd = SvgCharts.area(List.of(figures)) / 100 * SvgCharts.NARROWEST;
        assertThat(barEnd + 6 + figures.length() * SvgCharts.LETTER).isLessThanOrEqualTo(SvgCharts.NARROWEST);
        assertThat(SvgCharts.LONGEST_LABEL * SvgCharts.LETTER).isLessThanOrEqualTo(SvgCharts.NARROWEST);
    }

    @Test
    void writesLengthsTheSameInEveryLanguage() {
        assertThat(SvgCharts.percent(37.456)).isEqualTo("37.46%");
        assertThat(SvgCharts.percent(50)).isEqualTo("50%");
        assertThat(SvgCharts.percent(0)).isEqualTo("0%");
    }

    @Test
    void namesThePictureWithItsTitleAndDescriptionForAssistiveTechnology() throws Exception {
        Element root = parse(SvgCharts.bars("themes", "Practices by theme", "Two themes",
                List.of(new Bar("Security and resilience", 2, "2")))).getDocumentElement();

        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("themes-title themes-desc");
        assertThat(child(root, "title").getAttribute("id")).isEqualTo("themes-title");
        assertThat(child(root, "title").getTextContent()).isEqualTo("Practices by theme");
        assertThat(child(root, "desc").getTextContent()).isEqualTo("Two themes");
    }

    @Test
    void escapesAccentsAmpersandsAndAngleBracketsInEveryText() throws Exception {
        String name = "Nyíregyháza & <Co> \"Ltd\"";
        String drawn = SvgCharts.bars("odd", "Owners & <others>", "Ré \"quoted\" & 'single'", List.of(new Bar(name, 1, "1 < 2")));

        assertThat(drawn).doesNotContain("<Co>").doesNotContain("& <");
        Document svg = parse(drawn);
        assertThat(texts(svg, "label")).containsExactly(name);
        assertThat(texts(svg, "value")).containsExactly("1 < 2");
        assertThat(child(svg.getDocumentElement(), "title").getTextContent()).isEqualTo("Owners & <others>");
        assertThat(child(svg.getDocumentElement(), "desc").getTextContent()).isEqualTo("Ré \"quoted\" & 'single'");
    }

    @Test
    void shortensLongLabelsAndKeepsTheWholeLabelAsATooltip() throws Exception {
        String longTitle = "Technological update of the local Police operation Center";
        Document svg = parse(SvgCharts.bars("long", "t", "d", List.of(new Bar(longTitle, 1, "1"))));

        Element label = (Element) svg.getElementsByTagName("text").item(0);
        assertThat(label.getFirstChild().getTextContent()).hasSizeLessThan(longTitle.length()).endsWith("…");
        assertThat(child(label, "title").getTextContent()).isEqualTo(longTitle);
    }

    @Test
    void drawsNoBarsButAValidPictureWhenThereIsNothingToCount() throws Exception {
        Document svg = parse(SvgCharts.bars("empty", "Nothing", "Nothing yet", List.of()));

        assertThat(widths(svg, "bar")).isEmpty();
        assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void drawsProgressAgainstTheTargetWithThePlannedPartAfterTheAchievedOne() throws Exception {
        Document svg = parse(SvgCharts.progress("whole", "Progress", "Study visits 3 of 10, 2 planned",
                List.of(new Progress("Study visits", 10, 3, 2, "3 of 10, 2 planned"),
                        new Progress("Import workshops", 5, 1, 0, "1 of 5")), "achieved", "planned", "target"));

        double area = SvgCharts.area(List.of("3 of 10, 2 planned", "1 of 5"));
        assertThat(widths(svg, "target")).containsExactly(SvgCharts.percent(area), SvgCharts.percent(area / 2));
        assertThat(widths(svg, "achieved")).containsExactly(SvgCharts.percent(area * 3 / 10), SvgCharts.percent(area / 10));
        assertThat(widths(svg, "planned")).containsExactly(SvgCharts.percent(area * 2 / 10), "0%");
        Element planned = rects(svg, "planned").get(0);
        assertThat(planned.getAttribute("x")).isEqualTo(SvgCharts.percent(area * 3 / 10));
        assertThat(planned.getAttribute("fill")).isEqualTo("url(#whole-hatch)");
        assertThat(svg.getElementsByTagName("pattern").getLength()).isEqualTo(1);
        assertThat(texts(svg, "value")).containsExactly("3 of 10, 2 planned", "1 of 5", "achieved", "planned", "target");
    }

    @Test
    void scalesProgressBeyondTheTargetWhenMoreWasAchievedThanPlanned() throws Exception {
        Document svg = parse(SvgCharts.progress("over", "Progress", "d",
                List.of(new Progress("Regional events", 4, 8, 0, "8 of 4")), "achieved", "planned", "target"));

        double area = SvgCharts.area(List.of("8 of 4"));
        assertThat(widths(svg, "achieved")).containsExactly(SvgCharts.percent(area));
        assertThat(widths(svg, "target")).containsExactly(SvgCharts.percent(area / 2));
        Element mark = (Element) svg.getElementsByTagName("line").item(1);
        assertThat(mark.getAttribute("class")).isEqualTo("target-mark");
        assertThat(mark.getAttribute("x1")).isEqualTo(SvgCharts.percent(area / 2));
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> widths(Document svg, String kind) {
        return rects(svg, kind).stream().map(r -> r.getAttribute("width")).toList();
    }

    private static List<Element> rects(Document svg, String kind) {
        return elements(svg.getElementsByTagName("rect")).stream().filter(e -> e.getAttribute("class").equals(kind)).toList();
    }

    private static List<String> texts(Document svg, String kind) {
        return elements(svg.getElementsByTagName("text")).stream().filter(e -> e.getAttribute("class").equals(kind))
                .map(e -> e.getFirstChild().getTextContent()).toList();
    }

    private static Element child(Element parent, String name) {
        return elements(parent.getElementsByTagName(name)).get(0);
    }

    private static List<Element> elements(NodeList nodes) {
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }
}
