package eu.practicehub.actionplan.documents;

import java.util.List;

/** One piece of a plan's document, in reading order; each writer lays it out in its own format. */
sealed interface Block {

    /** The document's title and the line under it. */
    record Title(String text, String subtitle) implements Block {
    }

    /** A heading: 1 for the parts, 2 for an action, 3 within an action, 4 for a monitoring update. */
    record Heading(int level, String text) implements Block {
    }

    /** A label and its value; the value may run over several lines. */
    record Field(String label, String value) implements Block {
    }

    record Text(String text) implements Block {
    }

    record Table(List<String> header, List<List<String>> rows) implements Block {
    }
}
