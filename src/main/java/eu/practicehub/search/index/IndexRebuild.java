package eu.practicehub.search.index;

import eu.practicehub.practice.Practice;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the practice index from the database with Hibernate Search's mass indexer: at start when
 * the index is missing or was built by an older mapping, and when an administrator asks. The index
 * folder holds a marker with the {@link PracticeMapping#VERSION} it was completely built by; it is
 * removed when a rebuild starts and written when one ends, so a rebuild cut short is done again at
 * the next start. The rebuild empties the index first: until it ends, searches find only the
 * practices indexed so far.
 */
@Component
public class IndexRebuild implements SmartInitializingSingleton {

    static final String MARKER = "mapping-version";
    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);

    private final EntityManagerFactory entityManagerFactory;
    private final boolean inBackground;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastFinished;

    IndexRebuild(EntityManagerFactory entityManagerFactory,
            @Value("${practicehub.search.rebuild-in-background:true}") boolean inBackground) {
        this.entityManagerFactory = entityManagerFactory;
        this.inBackground = inBackground;
    }

    /** At start, before anything is served or loaded: rebuild an index that is missing or out of date. */
    @Override
    public void afterSingletonsInstantiated() {
        Optional<Path> folder = folder();
        if (folder.isPresent() && isCurrent(folder.get())) {
            return;
        }
        if (practiceCount() == 0) {
            // Nothing to index yet: what is written from now on is indexed as it is written.
            folder.ifPresent(this::writeMarker);
            return;
        }
        log.info("The practice index is {}: rebuilding it", folder.isEmpty() ? "held in memory"
                : Files.exists(folder.get().resolve(MARKER)) ? "from an older mapping" : "missing");
        start();
    }

    /** Starts a rebuild unless one is running; whether it started. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        folder().ifPresent(IndexRebuild::removeMarker);
        long began = System.nanoTime();
        CompletionStage<?> done;
        try {
            done = Search.mapping(entityManagerFactory).scope(Practice.class).massIndexer()
                    .purgeAllOnStart(true).threadsToLoadObjects(2).batchSizeToLoadObjects(100).start();
        } catch (RuntimeException e) {
            running.set(false);
            throw e;
        }
        CompletionStage<?> finished = done.whenComplete((ignored, failure) -> {
            running.set(false);
            if (failure != null) {
                log.error("Rebuilding the practice index failed; it is rebuilt again at the next start", failure);
            } else {
                folder().ifPresent(this::writeMarker);
                lastFinished = Instant.now(Clock.systemUTC());
                log.info("Rebuilt the practice index in {} ms", (System.nanoTime() - began) / 1_000_000);
            }
        });
        if (!inBackground) {
            finished.toCompletableFuture().join();
        }
        return true;
    }

    public boolean isRunning() {
        return running.get();
    }

    /** When the last rebuild since start ended, if one did. */
    public Optional<Instant> lastFinished() {
        return Optional.ofNullable(lastFinished);
    }

    /** The index's folder, or nothing when the index is held in memory (and so is new at every start). */
    Optional<Path> folder() {
        Object type = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.type");
        if ("local-heap".equals(String.valueOf(type))) {
            return Optional.empty();
        }
        Object root = entityManagerFactory.getProperties().get("hibernate.search.backend.directory.root");
        return Optional.of(Path.of(root == null ? "." : root.toString()).toAbsolutePath().normalize());
    }

    private static boolean isCurrent(Path folder) {
        try {
            Path marker = folder.resolve(MARKER);
            return Files.exists(marker) && Files.exists(folder.resolve("practice"))
                    && Files.readString(marker, StandardCharsets.UTF_8).strip().equals(Integer.toString(PracticeMapping.VERSION));
        } catch (IOException e) {
            return false;
        }
    }

    private void writeMarker(Path folder) {
        try {
            Files.createDirectories(folder);
            Files.writeString(folder.resolve(MARKER), Integer.toString(PracticeMapping.VERSION), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void removeMarker(Path folder) {
        try {
            Files.deleteIfExists(folder.resolve(MARKER));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long practiceCount() {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            return entityManager.createQuery("select count(p) from Practice p", Long.class).getSingleResult();
        } finally {
            entityManager.close();
        }
    }
}
