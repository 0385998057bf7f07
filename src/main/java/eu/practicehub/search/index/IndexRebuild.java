package eu.practicehub.search.index;

import eu.practicehub.practice.Practice;
import jakarta.annotation.PreDestroy;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.elasticsearch.client.RestClient;
import org.hibernate.search.backend.elasticsearch.ElasticsearchBackend;
import org.hibernate.search.engine.backend.Backend;
import org.hibernate.search.mapper.orm.Search;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Rebuilds the practice index from the database with Hibernate Search's mass indexer: at start when
 * the index is missing or was built by an older mapping, and when an administrator asks. An
 * {@link IndexMarker} beside the index says whether it was completely built by the current
 * {@link PracticeMapping#VERSION}: a file in the Lucene index's folder, or a document in OpenSearch that
 * also lets exactly one of several nodes rebuild (see {@link OpenSearchMarker}). A rebuild cut short is
 * done again at the next start, or (with OpenSearch) by a node that finds another node's claim lapsed.
 * The rebuild empties the index first: until it ends, searches find only
 * the practices indexed so far.
 */
@Component
public class IndexRebuild implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(IndexRebuild.class);
    /** When to look again at a rebuild claimed by another node: once the claim could have lapsed. */
    private static final Duration RECHECK_AFTER = OpenSearchMarker.LEASE.plusSeconds(10);

    private final EntityManagerFactory entityManagerFactory;
    private final boolean inBackground;
    private final AtomicBoolean running = new AtomicBoolean();
    private volatile Instant lastFinished;
    private IndexMarker marker;
    private ScheduledExecutorService scheduler;

    IndexRebuild(EntityManagerFactory entityManagerFactory,
            @Value("${practicehub.search.rebuild-in-background:true}") boolean inBackground) {
        this.entityManagerFactory = entityManagerFactory;
        this.inBackground = inBackground;
    }

    /** At start, before anything is served or loaded: rebuild an index that is missing or out of date. */
    @Override
    public void afterSingletonsInstantiated() {
        rebuildIfOutOfDate(!inBackground);
    }

    /**
     * Rebuilds the index unless it is current. While another node holds the rebuild, looks again once its
     * claim could have lapsed: that node may have died, or be this node before it started again.
     */
    private void rebuildIfOutOfDate(boolean wait) {
        IndexMarker marker = marker();
        if (marker.isCurrent()) {
            return;
        }
        String state = marker.state();
        if (!running.compareAndSet(false, true)) {
            return;
        }
        if (!marker.claim()) {
            running.set(false);
            log.info("The practice index is {}: another node is rebuilding it; looking again in {}", state, RECHECK_AFTER);
            scheduler().schedule(this::recheck, RECHECK_AFTER.toMillis(), TimeUnit.MILLISECONDS);
            return;
        }
        if (practiceCount() == 0 && !marker.recreatesIndex()) {
            // Nothing to index yet: what is written from now on is indexed as it is written.
            marker.built();
            running.set(false);
            return;
        }
        log.info("The practice index is {}: rebuilding it", state);
        rebuild(wait);
    }

    private void recheck() {
        try {
            rebuildIfOutOfDate(false);
        } catch (RuntimeException e) {
            log.warn("Could not look again at the practice index; looking again in {}", RECHECK_AFTER, e);
            scheduler().schedule(this::recheck, RECHECK_AFTER.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    /** Starts a rebuild unless one is running, here or on another node; whether it started. */
    public boolean start() {
        if (!running.compareAndSet(false, true)) {
            return false;
        }
        if (!marker().claim()) {
            running.set(false);
            return false;
        }
        rebuild(!inBackground);
        return true;
    }

    private void rebuild(boolean wait) {
        boolean recreate = marker().recreatesIndex();
        long began = System.nanoTime();
        CompletableFuture<?> done;
        try {
            done = Search.mapping(entityManagerFactory).scope(Practice.class).massIndexer()
                    .dropAndCreateSchemaOnStart(recreate).purgeAllOnStart(!recreate)
                    .threadsToLoadObjects(2).batchSizeToLoadObjects(100).start().toCompletableFuture();
        } catch (RuntimeException e) {
            marker().failed();
            running.set(false);
            throw e;
        }
        AtomicBoolean claimLost = new AtomicBoolean();
        ScheduledFuture<?> renewal = scheduler().scheduleWithFixedDelay(() -> renew(done, claimLost), 30, 30, TimeUnit.SECONDS);
        CompletableFuture<?> finished = done.whenComplete((ignored, failure) -> {
            renewal.cancel(false);
            try {
                if (claimLost.get()) {
                    log.warn("Stopped rebuilding the practice index: another node took the rebuild");
                } else if (failure != null) {
                    marker().failed();
                    log.error("Rebuilding the practice index failed; it is rebuilt again at the next start", failure);
                } else {
                    marker().built();
                    lastFinished = Instant.now(Clock.systemUTC());
                    log.info("Rebuilt the practice index in {} ms", (System.nanoTime() - began) / 1_000_000);
                }
            } finally {
                running.set(false);
            }
        });
        if (wait) {
            finished.join();
        }
    }

    /** Renews the claim; a failed renewal is tried again at the next turn, a lost claim stops the rebuild. */
    private void renew(CompletableFuture<?> rebuild, AtomicBoolean claimLost) {
        try {
            if (!marker().renew()) {
                claimLost.set(true);
                rebuild.cancel(true);
            }
        } catch (RuntimeException e) {
            log.warn("Could not renew this node's claim on rebuilding the practice index", e);
        }
    }

    /** Whether a rebuild runs, here or (with OpenSearch) on another node: until it ends, searches may miss practices. */
    public boolean isRunning() {
        return running.get() || marker().isRebuildingElsewhere();
    }

    /** When the last rebuild since start ended, if one did. */
    public Optional<Instant> lastFinished() {
        return Optional.ofNullable(lastFinished);
    }

    /** One thread for renewing claims and looking again at another node's. */
    private synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
                Thread thread = new Thread(task, "index-rebuild-claim");
                thread.setDaemon(true);
                return thread;
            });
        }
        return scheduler;
    }

    @PreDestroy
    synchronized void stopScheduler() {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    private synchronized IndexMarker marker() {
        if (marker == null) {
            Backend backend = Search.mapping(entityManagerFactory).indexedEntity(Practice.class).indexManager().backend();
            marker = backend instanceof ElasticsearchBackend remote ? new OpenSearchMarker(remote.client(RestClient.class))
                    : new FolderMarker(folder());
        }
        return marker;
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

    private long practiceCount() {
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        try {
            return entityManager.createQuery("select count(p) from Practice p", Long.class).getSingleResult();
        } finally {
            entityManager.close();
        }
    }
}
