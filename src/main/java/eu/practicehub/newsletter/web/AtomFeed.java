package eu.practicehub.newsletter.web;

import eu.practicehub.newsletter.Markdown;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.project.Project;
import java.io.StringWriter;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The project's published newsletters as an Atom feed (RFC 4287), written with the JDK's StAX
 * writer. Entry ids are tag URIs (RFC 4151) made of the project's website host (the site's own
 * without one), the project's start, its key and the newsletter id, so they stay the same however
 * often the feed is read and whatever the entry's text becomes.
 */
final class AtomFeed {

    static final String NAMESPACE = "http://www.w3.org/2005/Atom";

    private AtomFeed() {
    }

    /** The feed; {@code base} is the site's address without a trailing slash, {@code title} the feed's title. */
    static String write(Project project, List<Newsletter> entries, String base, String title) {
        String host = authority(project, base);
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace(NAMESPACE);
            xml.writeAttribute("xml", javax.xml.XMLConstants.XML_NS_URI, "lang", project.publishingLocale().getLanguage());
            String news = base + "/projects/" + project.getKey() + "/news";
            element(xml, "id", tag(host, project) + ":news");
            element(xml, "title", title);
            element(xml, "updated", time(updated(project, entries)));
            link(xml, "self", news + ".atom", "application/atom+xml");
            link(xml, "alternate", news, "text/html");
            xml.writeStartElement("author");
            element(xml, "name", project.getName());
            xml.writeEndElement();
            for (Newsletter n : entries) {
                xml.writeStartElement("entry");
                element(xml, "id", tag(host, project) + ":newsletter:" + n.getId());
                element(xml, "title", n.getTitle());
                element(xml, "updated", time(n.getUpdatedAt()));
                element(xml, "published", time(n.getPublishedAt()));
                link(xml, "alternate", news + "/" + n.getId(), "text/html");
                xml.writeStartElement("content");
                xml.writeAttribute("type", "html");
                xml.writeCharacters(Markdown.toHtml(n.getBody()));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("The Atom feed could not be written", e);
        }
        return out.toString();
    }

    /** The latest change of an entry; without entries, the project's start. */
    private static Instant updated(Project project, List<Newsletter> entries) {
        return entries.stream().map(Newsletter::getUpdatedAt).max(Instant::compareTo)
                .orElse(project.getStartDate().atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** A tag URI (RFC 4151) dated by the project's start, e.g. {@code tag:example.org,2019-08-01:BETTER}. */
    private static String tag(String host, Project project) {
        return "tag:" + host.toLowerCase(Locale.ROOT) + "," + project.getStartDate() + ":" + project.getKey();
    }

    private static String authority(Project project, String base) {
        for (String address : new String[] {project.getWebsite(), base}) {
            try {
                String host = address == null ? null : URI.create(address).getHost();
                if (host != null) {
                    return host;
                }
            } catch (IllegalArgumentException e) {
                // Not an address; the next one is tried.
            }
        }
        return "localhost";
    }

    private static String time(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("type", type);
        xml.writeAttribute("href", href);
    }
}
