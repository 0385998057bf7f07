package eu.practicehub.bench;

import eu.practicehub.exchange.ProjectDocument;
import eu.practicehub.exchange.ProjectDocument.ActionData;
import eu.practicehub.exchange.ProjectDocument.ActionPlanData;
import eu.practicehub.exchange.ProjectDocument.EventData;
import eu.practicehub.exchange.ProjectDocument.LinkData;
import eu.practicehub.exchange.ProjectDocument.MoveData;
import eu.practicehub.exchange.ProjectDocument.PartnerData;
import eu.practicehub.exchange.ProjectDocument.PhaseData;
import eu.practicehub.exchange.ProjectDocument.PracticeData;
import eu.practicehub.exchange.ProjectDocument.ProjectData;
import eu.practicehub.exchange.ProjectDocument.TransferData;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import tools.jackson.databind.json.JsonMapper;

/**
 * Project documents (the import format, {@link ProjectDocument}) at the scale of a whole programme,
 * generated from a seed so that every run produces the same documents.
 *
 * <p>{@link #interregEurope(int) interregEurope(1)} ("1×") has the size of Interreg Europe 2014–2020:
 * 258 projects with about 2,000 partners, 15,000 learning events, 5,500 good practices, 1,626 action
 * plans (with about 4 actions each) and about 2,300 transfers; {@code interregEurope(10)} ("10×") has ten
 * times as many projects of the same kind. {@link #largeProject(int, int)} is one project of any size,
 * e.g. 20,000 practices and 5,000 events. Most projects belong to Interreg Europe; the others to URBACT,
 * Interreg Central Europe, Baltic Sea Region and MED. Partners are cities, regions and agencies of 25
 * countries whose names keep their accents (Göteborg, Nyíregyháza, Tõrva, Città di Castello); a practice
 * is written in English or in its owner's language (Italian, Swedish, Estonian, Hungarian), its title
 * and text built from the vocabulary of its themes, so that a search for "recycling" or "goteborg" finds
 * some practices and not others.
 *
 * <p>Use in code: {@code InterregScaleData.interregEurope(1).projects().forEach(importer::importDocument)}.
 * From the command line, after {@code ./mvnw test-compile}, the documents are written as JSON files
 * (one per project) into a folder:
 * <pre>
 * java -cp "target/test-classes:target/classes:$(./mvnw -q dependency:build-classpath -Dmdep.outputFile=/dev/stdout)" \
 *     eu.practicehub.bench.InterregScaleData 1x target/interreg-1x     # or 10x, or large (20,000 practices, 5,000 events)
 * </pre>
 */
public final class InterregScaleData {

    /** The number of projects of Interreg Europe 2014–2020, the size of "1×". */
    public static final int INTERREG_EUROPE_PROJECTS = 258;
    private static final long SEED = 20141220L;

    private final int projects;

    private InterregScaleData(int projects) {
        this.projects = projects;
    }

    /** {@code scale} times the size of Interreg Europe 2014–2020 (258 projects per unit). */
    public static InterregScaleData interregEurope(int scale) {
        return new InterregScaleData(INTERREG_EUROPE_PROJECTS * scale);
    }

    /** This many projects of the same kind, e.g. a few for a test. */
    public static InterregScaleData projects(int count) {
        return new InterregScaleData(count);
    }

    public int projectCount() {
        return projects;
    }

    /** Every project's document, generated as the stream is read (they are never all in memory at once). */
    public Stream<ProjectDocument> projects() {
        return IntStream.range(0, projects).mapToObj(InterregScaleData::project);
    }

    /** The project of this number, the same on every call. */
    public static ProjectDocument project(int index) {
        SplittableRandom random = new SplittableRandom(SEED + 7919L * index);
        // Sizes vary around the programme's averages: 7.75 partners, 21 practices, 58 events a project.
        int partners = 5 + random.nextInt(6);
        int practices = 8 + random.nextInt(27);
        int events = 30 + random.nextInt(57);
        return new Generator(random, index, partners, practices, events).document(null);
    }

    /** One project with this many practices and events, 40 partners and their action plans. */
    public static ProjectDocument largeProject(int practices, int events) {
        return new Generator(new SplittableRandom(SEED - 1), 0, 40, practices, events).document("LARGE-" + practices);
    }

    /** The number of records of a document: the project, its partners, practices, events, transfers, plans and actions. */
    public static int records(ProjectDocument document) {
        int actions = document.actionPlans() == null ? 0
                : document.actionPlans().stream().mapToInt(p -> p.actions() == null ? 0 : p.actions().size()).sum();
        return 1 + size(document.partners()) + size(document.themes()) + size(document.practices()) + size(document.events())
                + size(document.transfers()) + size(document.actionPlans()) + actions;
    }

    private static int size(List<?> list) {
        return list == null ? 0 : list.size();
    }

    /** Writes {@code 1x}, {@code 10x} or {@code large} as one JSON file per project into a folder. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: InterregScaleData 1x|10x|large <folder>");
            System.exit(2);
        }
        Path folder = Files.createDirectories(Path.of(args[1]));
        JsonMapper json = JsonMapper.builder().build();
        Stream<ProjectDocument> documents = args[0].equals("large") ? Stream.of(largeProject(20_000, 5_000))
                : interregEurope(Integer.parseInt(args[0].replace("x", ""))).projects();
        documents.forEach(d -> json.writeValue(folder.resolve(d.project().key() + ".json").toFile(), d));
    }

    private record Place(String name, String country, String region, String language) {
        ZoneId zone() {
            return ZoneId.of(ZONES.getOrDefault(country, "Europe/Brussels"));
        }
    }

    private static final java.util.Map<String, String> ZONES = java.util.Map.ofEntries(
            java.util.Map.entry("IT", "Europe/Rome"), java.util.Map.entry("SE", "Europe/Stockholm"),
            java.util.Map.entry("EE", "Europe/Tallinn"), java.util.Map.entry("HU", "Europe/Budapest"),
            java.util.Map.entry("ES", "Europe/Madrid"), java.util.Map.entry("PL", "Europe/Warsaw"),
            java.util.Map.entry("CZ", "Europe/Prague"), java.util.Map.entry("FR", "Europe/Paris"),
            java.util.Map.entry("DE", "Europe/Berlin"), java.util.Map.entry("PT", "Europe/Lisbon"),
            java.util.Map.entry("RO", "Europe/Bucharest"), java.util.Map.entry("SI", "Europe/Ljubljana"),
            java.util.Map.entry("FI", "Europe/Helsinki"), java.util.Map.entry("DK", "Europe/Copenhagen"),
            java.util.Map.entry("LV", "Europe/Riga"), java.util.Map.entry("LT", "Europe/Vilnius"),
            java.util.Map.entry("SK", "Europe/Bratislava"), java.util.Map.entry("HR", "Europe/Zagreb"),
            java.util.Map.entry("GR", "Europe/Athens"), java.util.Map.entry("IE", "Europe/Dublin"),
            java.util.Map.entry("NL", "Europe/Amsterdam"), java.util.Map.entry("BE", "Europe/Brussels"),
            java.util.Map.entry("AT", "Europe/Vienna"), java.util.Map.entry("GB", "Europe/London"),
            java.util.Map.entry("BG", "Europe/Sofia"));

    private static final List<Place> PLACES = List.of(
            new Place("Città di Castello", "IT", "Umbria", "it"), new Place("Forlì", "IT", "Emilia-Romagna", "it"),
            new Place("Cantù", "IT", "Lombardia", "it"), new Place("Genova", "IT", "Liguria", "it"),
            new Place("Potenza", "IT", "Basilicata", "it"), new Place("Cagliari", "IT", "Sardegna", "it"),
            new Place("Göteborg", "SE", "Västra Götaland", "sv"), new Place("Malmö", "SE", "Skåne", "sv"),
            new Place("Umeå", "SE", "Västerbotten", "sv"), new Place("Jönköping", "SE", "Småland", "sv"),
            new Place("Västerås", "SE", "Västmanland", "sv"),
            new Place("Tõrva", "EE", "Valgamaa", "et"), new Place("Tartu", "EE", "Tartumaa", "et"),
            new Place("Pärnu", "EE", "Pärnumaa", "et"), new Place("Võru", "EE", "Võrumaa", "et"),
            new Place("Nyíregyháza", "HU", "Szabolcs-Szatmár-Bereg", "hu"), new Place("Győr", "HU", "Győr-Moson-Sopron", "hu"),
            new Place("Pécs", "HU", "Baranya", "hu"), new Place("Székesfehérvár", "HU", "Fejér", "hu"),
            new Place("Debrecen", "HU", "Hajdú-Bihar", "hu"),
            new Place("Málaga", "ES", "Andalucía", "en"), new Place("A Coruña", "ES", "Galicia", "en"),
            new Place("Cáceres", "ES", "Extremadura", "en"), new Place("Łódź", "PL", "Łódzkie", "en"),
            new Place("Gdańsk", "PL", "Pomorskie", "en"), new Place("Kraków", "PL", "Małopolska", "en"),
            new Place("Plzeň", "CZ", "Plzeňský kraj", "en"), new Place("Ústí nad Labem", "CZ", "Ústecký kraj", "en"),
            new Place("Besançon", "FR", "Bourgogne-Franche-Comté", "en"), new Place("Nîmes", "FR", "Occitanie", "en"),
            new Place("Brest", "FR", "Bretagne", "en"), new Place("Lüneburg", "DE", "Niedersachsen", "en"),
            new Place("München", "DE", "Bayern", "en"), new Place("Évora", "PT", "Alentejo", "en"),
            new Place("Guimarães", "PT", "Norte", "en"), new Place("Brașov", "RO", "Centru", "en"),
            new Place("Timișoara", "RO", "Vest", "en"), new Place("Ljubljana", "SI", "Osrednjeslovenska", "en"),
            new Place("Celje", "SI", "Savinjska", "en"), new Place("Jyväskylä", "FI", "Keski-Suomi", "en"),
            new Place("Aarhus", "DK", "Midtjylland", "en"), new Place("Rīga", "LV", "Rīga", "en"),
            new Place("Šiauliai", "LT", "Šiaulių apskritis", "en"), new Place("Košice", "SK", "Východné Slovensko", "en"),
            new Place("Rijeka", "HR", "Primorje-Gorski kotar", "en"), new Place("Thessaloniki", "GR", "Kentriki Makedonia", "en"),
            new Place("Galway", "IE", "Northern and Western", "en"), new Place("Eindhoven", "NL", "Noord-Brabant", "en"),
            new Place("Liège", "BE", "Wallonie", "en"), new Place("Graz", "AT", "Steiermark", "en"),
            new Place("Aberdeen", "GB", "North East Scotland", "en"), new Place("Plovdiv", "BG", "Yuzhen tsentralen", "en"));

    private record Programme(String name, boolean transferNetwork, int weight) {
    }

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("Interreg Europe 2014-2020", false, 70), new Programme("URBACT III", true, 12),
            new Programme("Interreg Central Europe 2014-2020", false, 8),
            new Programme("Interreg Baltic Sea Region 2014-2020", false, 6), new Programme("Interreg MED 2014-2020", false, 4));

    /**
     * A policy theme with its topics: in English, then in Italian, Swedish, Estonian and Hungarian, each
     * a noun phrase a practice's title and text are built from.
     */
    private record Theme(String name, String acronym, List<String> en, List<String> it, List<String> sv, List<String> et,
            List<String> hu) {
        List<String> topics(String language) {
            return switch (language) {
                case "it" -> it;
                case "sv" -> sv;
                case "et" -> et;
                case "hu" -> hu;
                default -> en;
            };
        }
    }

    private static final List<Theme> THEMES = List.of(
            new Theme("Circular economy", "CIRCULAR",
                    List.of("textile recycling", "construction waste recycling", "repair cafés", "food waste prevention",
                            "plastic packaging recycling", "industrial symbiosis"),
                    List.of("raccolta differenziata porta a porta", "riciclo dei rifiuti tessili", "economia circolare nei cantieri"),
                    List.of("återvinning av textilier", "återbruk av byggmaterial", "matsvinn i skolköken"),
                    List.of("jäätmete sortimine", "tekstiilijäätmete ringlussevõtt", "taaskasutuskeskus"),
                    List.of("szelektív hulladékgyűjtés", "építési hulladék újrahasznosítása", "körforgásos gazdaság")),
            new Theme("Low-carbon economy", "LOWCARB",
                    List.of("energy retrofitting of public buildings", "solar energy cooperatives", "district heating",
                            "low-carbon public procurement", "energy communities"),
                    List.of("riqualificazione energetica degli edifici pubblici", "comunità energetiche rinnovabili"),
                    List.of("energieffektivisering av flerbostadshus", "fjärrvärme från restvärme"),
                    List.of("korterelamute energiatõhusus", "päikeseenergia ühistud"),
                    List.of("középületek energetikai felújítása", "napenergia-közösségek")),
            new Theme("Sustainable mobility", "MOBILITY",
                    List.of("cycling infrastructure", "car sharing", "mobility as a service", "electric buses",
                            "school mobility plans"),
                    List.of("mobilità ciclabile", "trasporto pubblico a chiamata"),
                    List.of("cykelvägar i tätorten", "elektriska bussar i kollektivtrafiken"),
                    List.of("jalgrattateede võrgustik", "nõudlusmõjuline ühistransport"),
                    List.of("kerékpáros közlekedés fejlesztése", "elektromos buszok")),
            new Theme("Research and innovation", "INNOVA",
                    List.of("innovation vouchers", "living labs", "smart specialisation", "technology transfer offices",
                            "public procurement of innovation"),
                    List.of("laboratori di innovazione aperta", "voucher per l'innovazione"),
                    List.of("innovationscheckar för småföretag", "testbäddar för hälsoteknik"),
                    List.of("innovatsiooniosakud", "nutikas spetsialiseerumine"),
                    List.of("innovációs utalványok", "élő laboratóriumok")),
            new Theme("SME competitiveness", "SMECOMP",
                    List.of("business incubators", "export support for SMEs", "business transfer", "digital skills for SMEs",
                            "rural entrepreneurship"),
                    List.of("incubatori d'impresa", "passaggio generazionale delle imprese"),
                    List.of("företagsinkubatorer", "exportstöd till små företag"),
                    List.of("ettevõtlusinkubaatorid", "maapiirkonna ettevõtlus"),
                    List.of("vállalkozásfejlesztési inkubátorok", "kkv-k exporttámogatása")),
            new Theme("Environment and resource efficiency", "ENVIRO",
                    List.of("green infrastructure", "biodiversity in cities", "cultural heritage management",
                            "water management", "nature-based solutions"),
                    List.of("valorizzazione del patrimonio culturale", "infrastrutture verdi urbane"),
                    List.of("biologisk mångfald i staden", "dagvattenhantering"),
                    List.of("kultuuripärandi hoidmine", "rohevõrgustik linnas"),
                    List.of("kulturális örökség hasznosítása", "városi zöld infrastruktúra")),
            new Theme("Urban regeneration", "URBREG",
                    List.of("regeneration of brownfield sites", "social housing renovation", "temporary use of vacant buildings",
                            "inclusive public spaces"),
                    List.of("rigenerazione urbana delle periferie", "riuso temporaneo degli spazi vuoti"),
                    List.of("förnyelse av miljonprogramsområden", "tillfällig användning av tomma lokaler"),
                    List.of("tühjade hoonete ajutine kasutus", "linnaruumi elavdamine"),
                    List.of("rozsdaövezetek megújítása", "szociális városrehabilitáció")),
            new Theme("Tourism", "TOURISM",
                    List.of("sustainable tourism routes", "cycle tourism", "digital heritage guides"),
                    List.of("turismo lento e cammini", "cicloturismo"),
                    List.of("hållbar besöksnäring", "cykelturism längs kusten"),
                    List.of("loodusturism", "rattaturism"),
                    List.of("fenntartható turizmus", "kerékpáros turizmus")));

    private static final List<String> FORMATS_EN = List.of("programme", "network", "one-stop shop", "pilot", "strategy",
            "platform", "scheme", "partnership", "fund", "action plan");
    private static final List<String> FORMATS_IT = List.of("progetto", "rete", "sportello unico", "programma");
    private static final List<String> FORMATS_SV = List.of("projekt", "nätverk", "program", "samverkan");
    private static final List<String> FORMATS_ET = List.of("programm", "võrgustik", "projekt", "kava");
    private static final List<String> FORMATS_HU = List.of("program", "hálózat", "kezdeményezés", "projekt");
    private static final List<String> ACRONYM_WORDS = List.of("GREEN", "CITY", "REGIO", "SMART", "CIRCLE", "MOVE", "LINK",
            "BRIDGE", "FUTURE", "VALUE", "INNO", "HERITAGE", "ENERGY", "WATER", "SKILLS", "RURAL", "PORT", "TRANS");
    private static final List<String> FIRST_NAMES = List.of("Giulia", "Märta", "Kadri", "Zsófia", "Lucía", "Agnieszka",
            "Jiří", "Hélène", "Jürgen", "João", "Ioana", "Špela", "Aino", "Søren", "Andris", "Rūta", "Ľubomír", "Dorottya");
    private static final List<String> LAST_NAMES = List.of("Rossi", "Åkesson", "Tamm", "Szabó", "García", "Nowak",
            "Dvořák", "Lefèvre", "Müller", "Gonçalves", "Popescu", "Kovač", "Virtanen", "Jørgensen", "Bērziņš", "Kazlauskaitė",
            "Horváth", "Ó Súilleabháin");
    private static final String[] TYPES = {"PARTNER_MEETING", "THEMATIC_EVENT", "STUDY_VISIT", "PEER_REVIEW",
            "STAFF_EXCHANGE", "REGIONAL_EVENT", "REGIONAL_EVENT", "REGIONAL_EVENT", "STEERING_COMMITTEE", "IMPORT_WORKSHOP"};

    /** One project's document. */
    private static final class Generator {
        private final SplittableRandom random;
        private final int index;
        private final int partnerCount;
        private final int practiceCount;
        private final int eventCount;

        Generator(SplittableRandom random, int index, int partners, int practices, int events) {
            this.random = random;
            this.index = index;
            this.partnerCount = partners;
            this.practiceCount = practices;
            this.eventCount = events;
        }

        ProjectDocument document(String key) {
            Programme programme = pickProgramme();
            List<Theme> themes = pick(THEMES, 2 + random.nextInt(3));
            String acronym = pick(ACRONYM_WORDS) + pick(ACRONYM_WORDS);
            String projectKey = key != null ? key : String.format(Locale.ROOT, "%s-%04d", acronym, index);
            LocalDate start = LocalDate.of(2016, 1, 1).plusMonths(random.nextInt(37));
            LocalDate end = start.plusMonths(60).minusDays(1);
            LocalDate phaseTwo = start.plusMonths(36);
            List<PhaseData> phases = List.of(new PhaseData("Phase 1", start.toString(), phaseTwo.minusDays(1).toString()),
                    new PhaseData("Phase 2", phaseTwo.toString(), end.toString()));
            String themeWords = themes.stream().map(t -> t.name().toLowerCase(Locale.ROOT)).reduce((a, b) -> a + ", " + b).orElseThrow();
            ProjectData project = new ProjectData(projectKey, acronym + " – " + themes.get(0).name() + " policies for European regions",
                    programme.name(), "Improve regional policies for " + themeWords + " through interregional exchange of experience.",
                    start.toString(), end.toString(), 6, "https://example.org/projects/" + projectKey.toLowerCase(Locale.ROOT), phases, null);

            List<Place> places = pick(PLACES, Math.min(partnerCount, PLACES.size()));
            List<PartnerData> partners = new ArrayList<>();
            for (int i = 0; i < partnerCount; i++) {
                Place place = places.get(i % places.size());
                String role = i == 0 ? "LEAD" : programme.transferNetwork() ? "TRANSFER_PARTNER"
                        : i == partnerCount - 1 && random.nextInt(3) == 0 ? "ADVISORY_PARTNER" : "PARTNER";
                String type = i == 0 ? "REGION" : pick(List.of("CITY", "CITY", "REGION", "AGENCY", "ASSOCIATION", "UNIVERSITY"));
                String shortName = i < places.size() ? place.name() : place.name() + " " + (i / places.size() + 1);
                String name = switch (type) {
                    case "CITY" -> "City of " + place.name();
                    case "REGION" -> "Region of " + place.region();
                    case "AGENCY" -> place.name() + " Development Agency";
                    case "UNIVERSITY" -> "University of " + place.name();
                    default -> "Association of Municipalities of " + place.region();
                } + (i < places.size() ? "" : " (" + (i / places.size() + 1) + ")");
                partners.add(new PartnerData(shortName, name, place.country(), null, role, type, place.zone().getId(),
                        pick(FIRST_NAMES) + " " + pick(LAST_NAMES), "contact" + i + "@" + projectKey.toLowerCase(Locale.ROOT) + ".example.org",
                        null));
            }

            List<PracticeData> practices = practices(themes, partners, places);
            List<EventData> events = events(start, end, partners, places, practices);
            List<TransferData> transfers = transfers(partners, practices, start);
            List<ActionPlanData> plans = plans(partners, places, practices, phaseTwo);
            return new ProjectDocument(ProjectDocument.FORMAT_VERSION, project, partners,
                    themes.stream().map(Theme::name).toList(), practices, events, transfers, plans, null, null, null, null);
        }

        private List<PracticeData> practices(List<Theme> themes, List<PartnerData> partners, List<Place> places) {
            List<PracticeData> practices = new ArrayList<>();
            Set<String> titles = new HashSet<>();
            for (int i = 0; i < practiceCount; i++) {
                int owner = random.nextInt(partners.size());
                PartnerData partner = partners.get(owner);
                Place place = places.get(owner % places.size());
                // Two in five practices of Italian, Swedish, Estonian and Hungarian partners are in their language.
                String language = !place.language().equals("en") && random.nextInt(5) < 2 ? place.language() : "en";
                Theme theme = pick(themes);
                String topic = pick(theme.topics(language));
                String title = title(language, topic, place);
                if (!titles.add(title)) {
                    title = title + " (" + (i + 1) + ")";
                    titles.add(title);
                }
                List<String> practiceThemes = random.nextInt(4) == 0 && themes.size() > 1
                        ? List.copyOf(new LinkedHashSet<>(List.of(theme.name(), pick(themes).name()))) : List.of(theme.name());
                String status = pick(List.of("IDENTIFIED", "EXAMINED", "EXAMINED", "IN_TRANSFER", "ADOPTED"));
                practices.add(new PracticeData(title, partner.shortName(), practiceThemes, summary(language, topic, place),
                        problem(language, topic, place), description(language, topic, place, theme),
                        random.nextInt(3) == 0 ? null : (20 + random.nextInt(480)) + " 000 EUR and " + (1 + random.nextInt(6)) + " staff",
                        random.nextInt(3) == 0 ? null : (6 + random.nextInt(40)) + " months",
                        evidence(language, topic, place), random.nextInt(2) == 0 ? null : "Transferable to " + pick(PLACES).name()
                                + " and other " + (place.country().equals("IT") ? "Italian" : "European") + " regions with similar "
                                + topic + " needs.",
                        place.name(), random.nextInt(2) == 0 ? null : "https://example.org/practices/" + index + "/" + i, status,
                        Integer.toString(2016 + random.nextInt(4)) + (random.nextBoolean() ? String.format(Locale.ROOT, "-%02d", 1 + random.nextInt(12)) : ""),
                        random.nextInt(10) != 0));
            }
            return practices;
        }

        private String title(String language, String topic, Place place) {
            return switch (language) {
                case "it" -> capitalised(pick(FORMATS_IT)) + " di " + topic + " a " + place.name();
                case "sv" -> capitalised(topic) + " i " + place.name() + " – " + pick(FORMATS_SV);
                case "et" -> place.name() + " " + topic + " " + pick(FORMATS_ET);
                case "hu" -> place.name() + " – " + topic + " " + pick(FORMATS_HU);
                default -> capitalised(topic) + " " + pick(FORMATS_EN) + " of " + place.name();
            };
        }

        private String summary(String language, String topic, Place place) {
            return switch (language) {
                case "it" -> "Il comune di " + place.name() + " ha avviato un percorso di " + topic + " con le imprese e le "
                        + "associazioni locali della " + place.region() + ", con risultati misurabili già nel primo anno.";
                case "sv" -> place.name() + " kommun arbetar med " + topic + " tillsammans med företag och föreningar i "
                        + place.region() + ". Arbetet har gett mätbara resultat redan första året.";
                case "et" -> place.name() + " vald arendab " + topic + " koos kohalike ettevõtete ja ühendustega "
                        + place.region() + " piirkonnas; esimesed tulemused olid mõõdetavad juba esimesel aastal.";
                case "hu" -> place.name() + " önkormányzata a " + topic + " területén együttműködik a " + place.region()
                        + " vállalkozásaival és civil szervezeteivel; az eredmények már az első évben mérhetők.";
                default -> "The " + pick(List.of("city", "region", "agency")) + " of " + place.name() + " runs " + topic
                        + " with local businesses, schools and associations in " + place.region()
                        + ", with measurable results in its first year.";
            };
        }

        private String problem(String language, String topic, Place place) {
            return language.equals("en") ? "Before the practice, " + place.name() + " had no coordinated approach to " + topic
                    + " and the public funds for it were spread over small projects."
                    : place.region() + ": " + topic + " (" + place.name() + ").";
        }

        private String description(String language, String topic, Place place, Theme theme) {
            StringBuilder text = new StringBuilder();
            if (language.equals("en")) {
                text.append("The practice started in ").append(place.name()).append(" as a pilot and became part of the regional ")
                        .append(theme.name().toLowerCase(Locale.ROOT)).append(" policy. ");
                text.append("It combines ").append(topic).append(" with ").append(pick(pick(THEMES).en()))
                        .append(", and its steering group meets every quarter. ");
                text.append("Citizens take part through open calls, and the results are published every year.");
            } else {
                text.append(summary(language, topic, place)).append(' ').append(summary(language, pick(theme.topics(language)), place));
            }
            return text.toString();
        }

        private String evidence(String language, String topic, Place place) {
            int number = 50 + random.nextInt(950);
            return switch (language) {
                case "it" -> number + " famiglie coinvolte a " + place.name() + ".";
                case "sv" -> number + " hushåll i " + place.name() + " deltog.";
                case "et" -> number + " leibkonda osales (" + place.name() + ").";
                case "hu" -> number + " háztartás vett részt (" + place.name() + ").";
                default -> number + " households and " + (5 + random.nextInt(60)) + " businesses in " + place.name()
                        + " took part; " + topic + " grew by " + (5 + random.nextInt(40)) + " %.";
            };
        }

        private List<EventData> events(LocalDate start, LocalDate end, List<PartnerData> partners, List<Place> places,
                List<PracticeData> practices) {
            List<EventData> events = new ArrayList<>();
            int days = (int) (end.toEpochDay() - start.toEpochDay());
            for (int i = 0; i < eventCount; i++) {
                int host = random.nextInt(partners.size());
                PartnerData partner = partners.get(host);
                Place place = places.get(host % places.size());
                String type = TYPES[random.nextInt(TYPES.length)];
                LocalDate day = start.plusDays(random.nextInt(days - 2));
                boolean twoDays = type.equals("STUDY_VISIT") || type.equals("PEER_REVIEW") || type.equals("STAFF_EXCHANGE");
                LocalDate last = twoDays ? day.plusDays(1) : day;
                String title = label(type) + " " + (i + 1) + " in " + place.name();
                List<String> participants = type.equals("REGIONAL_EVENT") ? List.of()
                        : partners.stream().map(PartnerData::shortName).filter(n -> !n.equals(partner.shortName()))
                                .filter(n -> random.nextInt(4) != 0).toList();
                List<String> examined = List.of();
                if ((type.equals("STUDY_VISIT") || type.equals("PEER_REVIEW") || type.equals("THEMATIC_EVENT")) && !practices.isEmpty()) {
                    Set<String> chosen = new LinkedHashSet<>();
                    for (int p = 0, n = 1 + random.nextInt(3); p < n; p++) {
                        chosen.add(practices.get(random.nextInt(practices.size())).title());
                    }
                    examined = List.copyOf(chosen);
                }
                boolean covid = day.getYear() == 2020 && day.getMonthValue() >= 3 || day.getYear() == 2021;
                String mode = covid ? "VIRTUAL" : random.nextInt(10) == 0 ? "HYBRID" : "IN_PERSON";
                events.add(new EventData(type, title, day.toString(), last.toString(), "DAY", place.zone().getId(),
                        partner.shortName(), participants, mode, mode.equals("VIRTUAL") ? null : place.name(),
                        mode.equals("IN_PERSON") ? null : "https://meet.example.org/" + index + "-" + i, examined,
                        "Welcome by " + partner.shortName() + "; " + label(type).toLowerCase(Locale.ROOT) + " on the policy instruments of "
                                + place.region() + "; next steps.",
                        random.nextInt(3) == 0 ? null : "Minutes shared with the partnership.",
                        random.nextInt(2) == 0 ? null : "The partners learnt how " + place.name() + " involves its stakeholders.",
                        day.isBefore(LocalDate.of(2024, 1, 1)) ? (random.nextInt(40) == 0 ? "CANCELLED" : "HELD") : "PLANNED"));
            }
            return events;
        }

        private static String label(String type) {
            return switch (type) {
                case "PARTNER_MEETING" -> "Partner meeting";
                case "THEMATIC_EVENT" -> "Thematic seminar";
                case "STUDY_VISIT" -> "Study visit";
                case "PEER_REVIEW" -> "Peer review";
                case "STAFF_EXCHANGE" -> "Staff exchange";
                case "REGIONAL_EVENT" -> "Stakeholder meeting";
                case "STEERING_COMMITTEE" -> "Steering committee";
                default -> "Import workshop";
            };
        }

        private List<TransferData> transfers(List<PartnerData> partners, List<PracticeData> practices, LocalDate start) {
            List<TransferData> transfers = new ArrayList<>();
            Set<String> keys = new HashSet<>();
            // About two transfers for every five practices.
            for (int i = 0, n = practices.size() * 2 / 5; i < n; i++) {
                PracticeData practice = practices.get(random.nextInt(practices.size()));
                PartnerData importer = partners.get(random.nextInt(partners.size()));
                if (importer.shortName().equals(practice.owner()) || importer.role().equals("ADVISORY_PARTNER")
                        || !keys.add(practice.title() + "\u0000" + importer.shortName())) {
                    continue;
                }
                List<String> stages = List.of("UNDERSTAND", "ADAPT", "REUSE");
                int reached = random.nextInt(3);
                String by = pick(FIRST_NAMES) + " " + pick(LAST_NAMES);
                List<MoveData> moves = new ArrayList<>();
                java.time.Instant at = start.plusDays(200 + random.nextInt(400)).atStartOfDay(ZoneId.of(importer.timeZone())).toInstant();
                for (int s = 0; s <= reached; s++) {
                    moves.add(new MoveData(s == 0 ? null : stages.get(s - 1), stages.get(s), at.toString(), by));
                    at = at.plus(java.time.Duration.ofDays(60 + random.nextInt(200)));
                }
                transfers.add(new TransferData(practice.title(), importer.shortName(), stages.get(reached), null, moves, null, null));
            }
            return transfers;
        }

        private List<ActionPlanData> plans(List<PartnerData> partners, List<Place> places, List<PracticeData> practices,
                LocalDate phaseTwo) {
            List<ActionPlanData> plans = new ArrayList<>();
            for (int i = 0; i < partners.size(); i++) {
                PartnerData partner = partners.get(i);
                // Four partners in five write a plan (1,626 plans for about 2,000 partners).
                if (partner.role().equals("ADVISORY_PARTNER") || random.nextInt(100) >= 88) {
                    continue;
                }
                Place place = places.get(i % places.size());
                List<ActionData> actions = new ArrayList<>();
                for (int a = 0, n = 1 + random.nextInt(4); a < n; a++) {
                    PracticeData inspiration = practices.isEmpty() ? null : practices.get(random.nextInt(practices.size()));
                    LocalDate from = phaseTwo.plusMonths(random.nextInt(6));
                    actions.add(new ActionData("Action " + (a + 1) + ": " + (inspiration == null ? "new policy measure"
                            : "adapting " + inspiration.title()) + " in " + place.name(),
                            inspiration == null ? null : List.of(new LinkData("PRACTICE", inspiration.title(), null, null, null, null)),
                            "Learnt from the partners during the study visits.",
                            "The region changes the selection criteria of its calls so that projects of this kind are funded.",
                            "Managing authority of " + place.region() + ", local stakeholders", from.toString(),
                            from.plusMonths(12 + random.nextInt(12)).toString(),
                            BigDecimal.valueOf(10_000L * (1 + random.nextInt(90))), "EUR", "ERDF regional programme",
                            pick(List.of("PLANNED", "IN_PROGRESS", "DONE")), null, null, null, null));
                }
                boolean endorsed = random.nextInt(4) != 0;
                plans.add(new ActionPlanData(partner.shortName(), null, partner.contactName(), partner.contactEmail(),
                        "Regional Operational Programme " + place.region() + " 2014-2020",
                        pick(List.of("INVESTMENT_FOR_GROWTH_AND_JOBS", "EUROPEAN_TERRITORIAL_COOPERATION", "OTHER_REGIONAL_DEVELOPMENT")),
                        "More and better projects on the themes of the project through the programme's calls.",
                        endorsed ? "ENDORSED" : "SUBMITTED", endorsed ? "Managing authority of " + place.region() : null,
                        endorsed ? phaseTwo.minusDays(10).toString() : null, actions));
            }
            return plans;
        }

        private Programme pickProgramme() {
            int roll = random.nextInt(100);
            for (Programme p : PROGRAMMES) {
                roll -= p.weight();
                if (roll < 0) {
                    return p;
                }
            }
            return PROGRAMMES.get(0);
        }

        private <T> T pick(List<T> values) {
            return values.get(random.nextInt(values.size()));
        }

        private <T> List<T> pick(List<T> values, int count) {
            List<T> copy = new ArrayList<>(values);
            List<T> chosen = new ArrayList<>();
            for (int i = 0; i < count && !copy.isEmpty(); i++) {
                chosen.add(copy.remove(random.nextInt(copy.size())));
            }
            return chosen;
        }

        private static String capitalised(String text) {
            return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
        }
    }
}
