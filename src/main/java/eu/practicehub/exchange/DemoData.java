package eu.practicehub.exchange;

import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import eu.practicehub.project.ProjectService;

/**
 * Loads the BETTER demo project on the first start: only when no project with its key exists, so
 * whatever users changed afterwards is never overwritten or duplicated.
 */
@Component
@ConditionalOnProperty(name = "practicehub.demo.enabled", havingValue = "true", matchIfMissing = true)
class DemoData implements ApplicationRunner {

    static final String RESOURCE = "demo/better.json";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final ProjectService projects;
    private final ProjectImporter importer;
    private final JsonMapper json;

    DemoData(ProjectService projects, ProjectImporter importer, JsonMapper json) {
        this.projects = projects;
        this.importer = importer;
        this.json = json;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        ProjectDocument demo = read();
        String key = demo.project().key();
        if (projects.exists(key)) {
            log.info("Demo project {} already present: left as it is", key);
            return;
        }
        importer.importDocument(demo);
        log.info("Loaded the demo project {}", key);
    }

    ProjectDocument read() throws IOException {
        try (InputStream in = new ClassPathResource(RESOURCE).getInputStream()) {
            return json.readValue(in, ProjectDocument.class);
        }
    }
}
