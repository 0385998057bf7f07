package eu.practicehub.newsletter;

import java.util.List;

/**
 * A newsletter as written from the data, before anybody edits it: its title, the introduction, one
 * row per event of the period, what the partners will do next (null when nothing is known), the
 * closing paragraphs about the project, and all of it as Markdown.
 */
public record NewsletterDraft(String title, String introduction, List<Row> rows, String next, List<String> about,
        String markdown) {

    public NewsletterDraft {
        rows = List.copyOf(rows);
        about = List.copyOf(about);
    }

    /** One event: its dates, the good practices examined (one line per theme, or per practice without one), who took part. */
    public record Row(String dates, List<String> practices, String participants) {

        public Row {
            practices = List.copyOf(practices);
        }
    }
}
