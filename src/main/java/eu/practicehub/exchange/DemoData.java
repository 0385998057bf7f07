package eu.practicehub.exchange;

import eu.practicehub.account.DemoAccounts;
import eu.practicehub.account.DemoAccounts.DemoPartner;
import eu.practicehub.common.StartUpLock;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the BETTER demo project on the first start: only when no project with its key exists, so
 * whatever users changed afterwards is never overwritten or duplicated. The document holds BETTER's
 * semester 5 newsletter as PracticeHub writes it from the demo's study visits, published when BETTER
 * published it (January 2022), so the news page and its feed read true from the first start; the
 * import writes it all in one transaction. Then makes sure the demo accounts exist (see
 * {@link DemoAccounts}), which need the project's partners. Nodes that start together on one database
 * do this one after another ({@link StartUpLock}), so the second finds the project the first loaded.
 */
@Component
@ConditionalOnProperty(name = "practicehub.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    static final String RESOURCE = "demo/better.json";
    /** The key of the project in {@link #RESOURCE}: a restart finds it without reading the document. */
    static final String KEY = "BETTER";
    static final String VIEWED_PARTNER = "Tartu";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ProjectService projects;
    private final ProjectImporter importer;
    private final JsonMapper json;
    private final DemoAccounts accounts;
    private final StartUpLock lock;

    DemoData(ProjectService projects, ProjectImporter importer, JsonMapper json, DemoAccounts accounts, StartUpLock lock) {
        this.projects = projects;
        this.accounts = accounts;
        this.importer = importer;
        this.json = json;
        this.lock = lock;
    }

    @Override
    public void run(ApplicationArguments args) {
        lock.runAlone(this::load);
    }

    private void load() {
        if (projects.exists(KEY)) {
            log.info("Demo project {} already present: left as it is", KEY);
        } else {
            importer.importDocument(readDocument());
            log.info("Loaded the demo project {}", KEY);
        }
        createAccounts(projects.project(KEY));
    }

    /** The viewer views the partner of the demo's example action plan and transfer, Tartu (or the last partner). */
    private void createAccounts(Project project) {
        List<DemoPartner> partners = projects.partners(project).stream()
                .map(p -> new DemoPartner(p.getId(), p.getShortName())).toList();
        DemoPartner viewed = partners.stream().filter(p -> p.shortName().equals(VIEWED_PARTNER)).findFirst()
                .orElse(partners.get(partners.size() - 1));
        accounts.ensure(project.getId(), project.getKey(), partners, viewed);
    }

    private ProjectDocument readDocument() {
        try {
            return read();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    ProjectDocument read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, ProjectDocument.class);
        }
    }
}
