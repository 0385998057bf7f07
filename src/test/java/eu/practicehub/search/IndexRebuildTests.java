package eu.practicehub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import eu.practicehub.search.index.PracticeMapping;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The index in a folder, as it is run: PracticeHub started again on the same database finds its
 * index as it left it, and rebuilds it when the folder is gone or holds an older mapping's index —
 * shown by practices written straight into the database while it was stopped.
 */
class IndexRebuildTests {

    @TempDir
    Path folder;

    @Test
    void anIndexFolderThatIsMissingOrFromAnOlderMappingIsRebuiltAtStart() throws Exception {
        String database = "jdbc:h2:mem:rebuild_" + UUID.randomUUID().toString().replace("-", "") + ";DB_CLOSE_DELAY=-1";
        Path index = folder.resolve("index");
        try (ConfigurableApplicationContext first = start(database, index)) {
            assertThat(titles(first, "segnalaci")).containsExactly("Segnalaci");
            assertThat(Files.readString(index.resolve("mapping-version"), StandardCharsets.UTF_8)).isEqualTo(Integer.toString(PracticeMapping.VERSION));
            insert(first, "Canal barge library");
        }
        delete(index);
        try (ConfigurableApplicationContext second = start(database, index)) {
            assertThat(titles(second, "barge")).as("rebuilt: the folder was gone").containsExactly("Canal barge library");
            assertThat(titles(second, "segnalaci")).containsExactly("Segnalaci");
            insert(second, "Canal ferry library");
            assertThat(titles(second, "ferry")).as("written behind the index's back").isEmpty();
        }
        Files.writeString(index.resolve("mapping-version"), "0", StandardCharsets.UTF_8);
        try (ConfigurableApplicationContext third = start(database, index)) {
            assertThat(titles(third, "ferry")).as("rebuilt: an older mapping").containsExactly("Canal ferry library");
            assertThat(Files.readString(index.resolve("mapping-version"), StandardCharsets.UTF_8)).isEqualTo(Integer.toString(PracticeMapping.VERSION));
        }
    }

    private static ConfigurableApplicationContext start(String database, Path index) {
        SpringApplication application = new SpringApplication(PracticeHubApplication.class);
        return application.run("--spring.datasource.url=" + database, "--spring.jmx.enabled=false", "--server.port=0",
                "--practicehub.demo.enabled=true", "--practicehub.search.index-dir=" + index,
                "--spring.jpa.properties.hibernate.search.backend.directory.type=local-filesystem");
    }

    private static List<String> titles(ConfigurableApplicationContext context, String words) {
        PracticeQuery query = new PracticeQuery(words, Map.of(), PracticeQuery.Order.RELEVANCE, 0, 20);
        return context.getBean(PracticeSearch.class).search(query).hits().stream().map(PracticeHit::title).toList();
    }

    private static void insert(ConfigurableApplicationContext context, String title) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        long owner = jdbc.queryForObject("select min(id) from partner", Long.class);
        long project = jdbc.queryForObject("select project_id from partner where id = ?", Long.class, owner);
        RawPractices.insert(jdbc, project, owner, title);
    }

    private static void delete(Path folder) throws Exception {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
