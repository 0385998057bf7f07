package eu.practicehub.programme;

import eu.practicehub.common.Violation;
import java.util.List;

/** Parameters of a list of projects that cannot be read, each with its message code: a bad request. */
public class BadProjectQuery extends RuntimeException {

    private final transient List<Violation> problems;

    public BadProjectQuery(List<Violation> problems) {
        super("bad parameters: " + problems.stream().map(Violation::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Violation> problems() {
        return problems;
    }
}
