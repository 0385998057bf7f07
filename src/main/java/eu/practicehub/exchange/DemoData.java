package eu.practicehub.exchange;

import eu.practicehub.account.DemoAccounts;
import eu.practicehub.account.DemoAccounts.DemoPartner;
import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterRequest;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the BETTER demo project on the first start: only when no project with its key exists, so
 * whatever users changed afterwards is never overwritten or duplicated. The project and its newsletter
 * are written in one transaction, so that a first start ended half-way leaves no demo without its
 * newsletter, but no demo at all, loaded again by the next start. Then makes sure the demo accounts
 * exist (see {@link DemoAccounts}), which need the project's partners.
 */
@Component
@ConditionalOnProperty(name = "practicehub.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    static final String RESOURCE = "demo/better.json";
    /** The key of the project in {@link #RESOURCE}: a restart finds it without reading the document. */
    static final String KEY = "BETTER";
    static final String VIEWED_PARTNER = "Tartu";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    /** The period of the seed newsletter's table: the study visits of July to October 2021. */
    static final NewsletterRequest NEWSLETTER = new NewsletterRequest(LocalDate.of(2021, 7, 1),
            LocalDate.of(2021, 10, 31), List.of(EventType.STUDY_VISIT));

    private final ProjectService projects;
    private final ProjectImporter importer;
    private final NewsletterService newsletters;
    private final JsonMapper json;
    private final DemoAccounts accounts;
    private final TransactionTemplate oneTransaction;

    DemoData(ProjectService projects, ProjectImporter importer, NewsletterService newsletters, JsonMapper json,
            DemoAccounts accounts, PlatformTransactionManager transactions) {
        this.projects = projects;
        this.oneTransaction = new TransactionTemplate(transactions);
        this.accounts = accounts;
        this.importer = importer;
        this.newsletters = newsletters;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (projects.exists(KEY)) {
            log.info("Demo project {} already present: left as it is", KEY);
        } else {
            ProjectDocument demo = read();
            oneTransaction.executeWithoutResult(status -> {
                importer.importDocument(demo);
                publishNewsletter(projects.project(KEY));
            });
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

    /**
     * Writes the newsletter of the demo's study visits from the data, as the seed newsletter reports
     * them, and publishes it, so that the news page and its feed have something to show.
     */
    private void publishNewsletter(Project project) {
        if (newsletters.allNewsletters(project).isEmpty()) {
            Newsletter written = newsletters.generate(project, NEWSLETTER);
            newsletters.publish(project, written.getId(), written.getVersion());
        }
    }

    ProjectDocument read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, ProjectDocument.class);
        }
    }
}
