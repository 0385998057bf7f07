package eu.practicehub.search;

import static eu.practicehub.search.index.PracticeFields.*;

import eu.practicehub.account.Access;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.search.PracticeResults.FacetCount;
import eu.practicehub.search.index.IndexRebuild;
import eu.practicehub.search.index.PracticeLanguage;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.engine.search.aggregation.dsl.AggregationFinalStep;
import org.hibernate.search.engine.search.aggregation.dsl.SearchAggregationFactory;
import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * Searches the good-practice database: every project's practices that the current person may see
 * (the public ones, and all of the projects they are a member of; all for an administrator), ranked
 * by relevance, with highlights and facet counts. Everything is read from the index; the visibility
 * rule is part of every query, so hits, counts and highlights alike hold only what may be seen.
 */
@Service
@Transactional(readOnly = true)
public class PracticeSearch {

    /** How many values of each facet are counted and shown. */
    static final int FACET_VALUES = 12;

    // Private-use characters mark the highlighted words until the passage is escaped as HTML.
    private static final String MARK_START = "\uE000";
    private static final String MARK_END = "\uE001";

    private final EntityManager entityManager;
    private final Access access;
    /** How many words of a search may match with typos. */
    static final int FUZZY_WORDS = 4;
    /** How many words of a practice or challenge find related practices. */
    static final int RELATED_WORDS = 12;

    private final IndexRebuild rebuild;
    private final ProjectService projects;

    PracticeSearch(EntityManager entityManager, Access access, IndexRebuild rebuild, ProjectService projects) {
        this.projects = projects;
        this.entityManager = entityManager;
        this.access = access;
        this.rebuild = rebuild;
    }

    public PracticeResults search(PracticeQuery query) {
        SearchText text = SearchText.parse(query.text());
        SearchSession session = Search.session(entityManager);
        Set<String> typos = wordsWithoutExactMatch(session, text);
        Map<Facet, AggregationKey<Map<String, Long>>> keys = new EnumMap<>(Facet.class);
        AggregationKey<Map<Long, Long>> projectKey = AggregationKey.of(Facet.PROJECT.name());
        // Highlights come with the hits when every word matches as written; a word matched through its typos
        // would be expanded again against every passage of every hit, so then they are read apart.
        boolean highlightApart = !typos.isEmpty();
        var search = session.search(Practice.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score(), f.field(PROJECT_KEY, String.class),
                        f.field(PROJECT_NAME, String.class), f.field(PROGRAMME, String.class), f.field(TITLE, String.class),
                        f.field(SUMMARY, String.class), f.field(OWNER, String.class), f.field(COUNTRY, String.class),
                        f.field(THEME, String.class).list(), f.field(STATUS, PracticeStatus.class),
                        f.field(IDENTIFIED_ON, LocalDate.class), f.field(PUBLIC, Boolean.class),
                        highlightApart || text.isEmpty() ? f.constant(List.of()) : highlighted(f)).asArray())
                .where(f -> matching(f, text, typos, query.filters(), null))
                .sort(f -> query.order() == PracticeQuery.Order.DATE
                        ? f.field(IDENTIFIED_ON).desc().missing().last().then().score().then().field(TITLE_SORT)
                        : text.isEmpty() ? f.field(TITLE_SORT).then().field(IDENTIFIED_ON).desc()
                        : f.score().then().field(TITLE_SORT))
                .highlighter(h -> h.unified().tag(MARK_START, MARK_END).numberOfFragments(1));
        for (Facet facet : Facet.values()) {
            if (query.values(facet).isEmpty()) {
                AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
                keys.put(facet, key);
                search = facet == Facet.PROJECT ? search.aggregation(projectKey, projectCounts())
                        : search.aggregation(key, f -> f.terms().field(facet.countField(), String.class, ValueModel.INDEX)
                                .maxTermCount(FACET_VALUES));
            }
        }
        SearchResult<Object[]> result = search.fetch(Math.toIntExact(Math.min(query.offset(), Integer.MAX_VALUE - query.size())),
                query.size());
        Map<Facet, List<FacetCount>> facets = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Map<String, Long> counts = !keys.containsKey(facet) ? countsWithoutOwnFilter(session, text, typos, query, facet)
                    : facet == Facet.PROJECT ? projectLabels(result.aggregation(projectKey)) : result.aggregation(keys.get(facet));
            facets.put(facet, facetCounts(facet, counts, query.values(facet)));
        }
        Map<Long, Map<String, String>> apart = highlightApart
                ? highlights(session, text, result.hits().stream().map(row -> (Long) row[0]).toList()) : Map.of();
        List<PracticeHit> hits = result.hits().stream()
                .map(row -> hit(row, highlightApart ? apart.getOrDefault((Long) row[0], Map.of()) : passages((List<?>) row[13])))
                .toList();
        return new PracticeResults(hits, result.total().hitCount(), query.page(), query.size(), facets,
                rebuild.isRunning());
    }

    /**
     * The ids of the practices that match, among those the current person sees, best first: for a
     * search inside one project, whose other filters are given as a predicate.
     */
    Page<Long> ids(String textInput, Function<SearchPredicateFactory, PredicateFinalStep> filter, Pageable pageable) {
        SearchText text = SearchText.parse(textInput);
        SearchSession session = Search.session(entityManager);
        Set<String> typos = wordsWithoutExactMatch(session, text);
        SearchResult<Long> result = session.search(Practice.class).select(f -> f.id(Long.class))
                .where(f -> {
                    var bool = f.bool().must(matching(f, text, typos, Map.of(), null)).filter(filter.apply(f));
                    return bool;
                })
                .sort(f -> f.score().then().field(TITLE_SORT))
                .fetch(Math.toIntExact(Math.min(pageable.getOffset(), Integer.MAX_VALUE - pageable.getPageSize())),
                        pageable.getPageSize());
        return new PageImpl<>(result.hits(), pageable, result.total().hitCount());
    }

    /**
     * Practices of other projects than the given one, visible to the current person, that share the
     * themes (counting most) or the words of the text; best first.
     */
    public List<PracticeHit> related(long projectId, Collection<String> themes, String text, int max) {
        // The distinct words of the text, at most RELATED_WORDS of them: each word is looked up in every
        // field it is matched in, so a long text would make the query cost grow with the whole index.
        List<String> words = SearchText.parse(text == null ? "" : text.replace('"', ' ').replace('-', ' ')).words().stream()
                .map(word -> word.toLowerCase(java.util.Locale.ROOT)).distinct().limit(RELATED_WORDS).toList();
        if (themes.isEmpty() && words.isEmpty()) {
            return List.of();
        }
        String terms = String.join(" ", words);
        return Search.session(entityManager).search(Practice.class)
                .select(f -> f.composite().from(f.id(Long.class), f.score(), f.field(PROJECT_KEY, String.class),
                        f.field(PROJECT_NAME, String.class), f.field(PROGRAMME, String.class), f.field(TITLE, String.class),
                        f.field(SUMMARY, String.class), f.field(OWNER, String.class), f.field(COUNTRY, String.class),
                        f.field(THEME, String.class).list(), f.field(STATUS, PracticeStatus.class),
                        f.field(IDENTIFIED_ON, LocalDate.class), f.field(PUBLIC, Boolean.class)).asArray())
                .where(f -> {
                    var bool = f.bool().filter(visible(f)).mustNot(f.match().field(PROJECT_ID).matching(projectId))
                            .minimumShouldMatchNumber(1);
                    for (String theme : themes) {
                        bool.should(f.match().field(THEME).matching(theme).boost(3f));
                    }
                    if (!words.isEmpty()) {
                        bool.should(f.match().field(TITLE).boost(2f).field(SUMMARY).matching(terms));
                        for (PracticeLanguage language : PracticeLanguage.values()) {
                            bool.should(f.match().field(language.field()).matching(terms));
                        }
                    }
                    return bool;
                })
                .sort(f -> f.score().then().field(TITLE_SORT))
                .fetchHits(max).stream().map(PracticeSearch::hit).toList();
    }

    private Map<String, Long> countsWithoutOwnFilter(SearchSession session, SearchText text, Set<String> typos,
            PracticeQuery query, Facet facet) {
        var search = session.search(Practice.class).where(f -> matching(f, text, typos, query.filters(), facet));
        if (facet == Facet.PROJECT) {
            AggregationKey<Map<Long, Long>> projectKey = AggregationKey.of(facet.name());
            return projectLabels(search.aggregation(projectKey, projectCounts()).fetch(0).aggregation(projectKey));
        }
        AggregationKey<Map<String, Long>> key = AggregationKey.of(facet.name());
        return search.aggregation(key, f -> f.terms().field(facet.countField(), String.class, ValueModel.INDEX)
                        .maxTermCount(FACET_VALUES))
                .fetch(0).aggregation(key);
    }

    /**
     * The project facet counts project ids: numbers are counted from the index alone, where "key and name"
     * strings were looked up in each segment's terms dictionary for every project among the hits.
     */
    private static Function<SearchAggregationFactory, AggregationFinalStep<Map<Long, Long>>> projectCounts() {
        return f -> f.terms().field(PROJECT_ID, Long.class).maxTermCount(FACET_VALUES);
    }

    /** The counts by project id as "key and name" values, in the same order, the names read in one query. */
    private Map<String, Long> projectLabels(Map<Long, Long> counts) {
        Map<Long, Project> byId = new HashMap<>();
        projects.projects(counts.keySet()).forEach(project -> byId.put(project.getId(), project));
        Map<String, Long> labelled = new LinkedHashMap<>();
        counts.forEach((id, count) -> {
            Project project = byId.get(id);
            if (project != null) {
                labelled.put(project.getKey() + FACET_SEPARATOR + project.getName(), count);
            }
        });
        return labelled;
    }

    private static List<FacetCount> facetCounts(Facet facet, Map<String, Long> counts, Set<String> selected) {
        Map<String, FacetCount> found = new LinkedHashMap<>();
        counts.forEach((value, count) -> {
            String shown = value;
            String label = value;
            if (facet == Facet.PROJECT) {
                int separator = value.indexOf(FACET_SEPARATOR);
                shown = separator < 0 ? value : value.substring(0, separator);
                label = separator < 0 ? value : value.substring(separator + 1);
            }
            found.put(shown, new FacetCount(shown, label, count, selected.contains(shown)));
        });
        selected.stream().sorted().filter(value -> !found.containsKey(value))
                .forEach(value -> found.put(value, new FacetCount(value, value, 0, true)));
        return List.copyOf(found.values());
    }

    /**
     * The words that may match with typos: among the first {@value #FUZZY_WORDS} words long enough for it,
     * those that match no practice the person may see as written (after stemming and accent folding). A
     * word found as written is not widened to its neighbours ("recycle" does not also find "bicycle"),
     * and a query of correctly spelled words stays a query of exact terms, which the index answers from
     * its postings alone.
     */
    private Set<String> wordsWithoutExactMatch(SearchSession session, SearchText text) {
        Set<String> typos = new HashSet<>();
        for (String word : text.words().subList(0, Math.min(FUZZY_WORDS, text.words().size()))) {
            if (SearchText.editDistance(word) > 0 && session.search(Practice.class)
                    .where(f -> f.bool().filter(visible(f)).must(exactly(f, word))).fetchTotalHitCount() == 0) {
                typos.add(word);
            }
        }
        return typos;
    }

    private static PredicateFinalStep exactly(SearchPredicateFactory f, String word) {
        var alternatives = f.or().add(english(f).matching(word));
        for (PracticeLanguage language : PracticeLanguage.values()) {
            alternatives.add(f.match().field(language.field()).matching(word));
        }
        return alternatives;
    }

    /**
     * The highlighted passages of the given practices, by id: the words and phrases of the search as
     * written, marked in each highlighted field. Read in a query of their own over those few practices
     * and without typo tolerance: a fuzzy word would be expanded again against every passage of every
     * hit (in a large index, seconds per page), so a word found only through a typo is not marked.
     */
    private Map<Long, Map<String, String>> highlights(SearchSession session, SearchText text, List<Long> ids) {
        if (ids.isEmpty() || text.words().isEmpty() && text.phrases().isEmpty()) {
            return Map.of();
        }
        List<Object[]> rows = session.search(Practice.class)
                .select(f -> f.composite().from(f.id(Long.class), highlighted(f)).asArray())
                .where(f -> {
                    var bool = f.bool().filter(f.id().matchingAny(ids));
                    text.words().forEach(word -> bool.should(english(f).matching(word)));
                    text.phrases().forEach(phrase -> bool.should(f.phrase().fields(HIGHLIGHTED.toArray(String[]::new))
                            .matching(phrase)));
                    return bool;
                })
                .highlighter(h -> h.unified().tag(MARK_START, MARK_END).numberOfFragments(1))
                .fetchHits(ids.size());
        Map<Long, Map<String, String>> byId = new HashMap<>();
        for (Object[] row : rows) {
            byId.put((Long) row[0], passages((List<?>) row[1]));
        }
        return byId;
    }

    /** The highlights of each field of {@code HIGHLIGHTED}, in that order, as one list. */
    private static ProjectionFinalStep<List<?>> highlighted(SearchProjectionFactory<?, ?> f) {
        return f.composite().from(HIGHLIGHTED.stream().map(f::highlight).toArray(ProjectionFinalStep<?>[]::new)).asList();
    }

    /** The first passage of each highlighted field that has one, from the lists {@link #highlighted} projects. */
    private static Map<String, String> passages(List<?> projections) {
        Map<String, String> passages = new LinkedHashMap<>();
        for (int i = 0; i < HIGHLIGHTED.size() && i < projections.size(); i++) {
            List<?> found = (List<?>) projections.get(i);
            if (found != null && !found.isEmpty()) {
                passages.put(HIGHLIGHTED.get(i), html((String) found.get(0)));
            }
        }
        return passages;
    }

    /** The visibility rule, the text and the facet filters (but the one left out, if any). */
    private PredicateFinalStep matching(SearchPredicateFactory f, SearchText text, Set<String> typos,
            Map<Facet, Set<String>> filters, Facet without) {
        var bool = f.bool().must(f.matchAll()).filter(visible(f));
        for (String word : text.words()) {
            int edits = typos.contains(word) ? SearchText.editDistance(word) : 0;
            var alternatives = f.or().add(english(f).matching(word).boost(2f));
            if (edits > 0) {
                alternatives.add(english(f).matching(word).fuzzy(edits, 1));
            }
            for (PracticeLanguage language : PracticeLanguage.values()) {
                alternatives.add(edits > 0 ? f.match().field(language.field()).matching(word).fuzzy(edits, 1)
                        : f.match().field(language.field()).matching(word));
            }
            bool.must(alternatives);
        }
        for (String phrase : text.phrases()) {
            var alternatives = f.or().add(f.phrase().field(TITLE).boost(3f).field(SUMMARY).boost(2f).field(PROBLEM)
                    .field(DESCRIPTION).field(EVIDENCE).field(LOCATION).matching(phrase));
            for (PracticeLanguage language : PracticeLanguage.values()) {
                alternatives.add(f.phrase().field(language.field()).matching(phrase));
            }
            bool.must(alternatives);
        }
        for (String word : text.excluded()) {
            bool.mustNot(english(f).matching(word));
            for (PracticeLanguage language : PracticeLanguage.values()) {
                bool.mustNot(f.match().field(language.field()).matching(word));
            }
        }
        filters.forEach((facet, values) -> {
            if (facet != without) {
                bool.filter(f.terms().field(facet.filterField()).matchingAny(values, ValueModel.INDEX));
            }
        });
        return bool;
    }

    private static MatchPredicateFieldMoreStep<?, ?> english(SearchPredicateFactory f) {
        var step = f.match().field(TEXTS.get(0).field()).boost(TEXTS.get(0).boost());
        for (Weighted weighted : TEXTS.subList(1, TEXTS.size())) {
            step = step.field(weighted.field()).boost(weighted.boost());
        }
        return step;
    }

    /** Public practices, and those of the projects the person is a member of; for administrators every one. */
    private PredicateFinalStep visible(SearchPredicateFactory f) {
        if (access.isAdmin()) {
            return f.matchAll();
        }
        Set<Long> member = access.memberProjectIds();
        if (member.isEmpty()) {
            return f.match().field(PUBLIC).matching(true);
        }
        return f.or(f.match().field(PUBLIC).matching(true), f.terms().field(PROJECT_ID).matchingAny(member));
    }

    private static PracticeHit hit(Object[] row) {
        return hit(row, Map.of());
    }

    @SuppressWarnings("unchecked")
    private static PracticeHit hit(Object[] row, Map<String, String> highlights) {
        List<String> themes = row[9] == null ? List.of() : new ArrayList<>((List<String>) row[9]);
        Float score = (Float) row[1];
        return new PracticeHit((Long) row[0], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                (String) row[6], (String) row[7], (String) row[8], List.copyOf(themes), (PracticeStatus) row[10],
                (LocalDate) row[11], Boolean.TRUE.equals(row[12]), score == null || score.isNaN() ? 0f : score,
                highlights);
    }

    /** The passage escaped as HTML, its highlighted words in mark elements. */
    static String html(String passage) {
        return HtmlUtils.htmlEscape(passage, "UTF-8").replace(MARK_START, "<mark>").replace(MARK_END, "</mark>");
    }
}
