package dev.newsie.pipeline;

import dev.newsie.annotate.HeadlineVerbs;
import dev.newsie.annotate.HyphenatedTitles;
import dev.newsie.annotate.NlpPipeline;
import dev.newsie.annotate.RelativeClauseVerbs;
import dev.newsie.clean.Datelines;
import dev.newsie.clean.PageFurniture;
import dev.newsie.dates.DateExtractor;
import dev.newsie.dates.DateTagger;
import dev.newsie.dates.DocumentDates;
import dev.newsie.entities.Actor;
import dev.newsie.entities.ActorCountries;
import dev.newsie.entities.CountryTable;
import dev.newsie.entities.DocumentEntities;
import dev.newsie.entities.EntityExtractor;
import dev.newsie.entities.EntityType;
import dev.newsie.input.Document;
import dev.newsie.input.InputError;
import dev.newsie.output.ExtractionResult;
import dev.newsie.relations.BareTitleRoles;
import dev.newsie.relations.PossessedTitleRoles;
import dev.newsie.relations.CompanyTitleRoles;
import dev.newsie.relations.CounterpartRoles;
import dev.newsie.relations.EventCoder;
import dev.newsie.relations.FactDates;
import dev.newsie.relations.RelationExtractor;
import dev.newsie.relations.RelationRule;
import dev.newsie.relations.RelationTypes;
import dev.newsie.relations.RuleFile;
import dev.newsie.relations.Triple;
import dev.newsie.settings.ModelFiles;
import dev.newsie.settings.Settings;
import dev.newsie.settings.SettingsException;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One document through every stage: document date -> clean -> annotate -> entities -> relations. Thread-safe:
 * one instance (one CoreNLP pipeline) serves all worker threads, and a document's result depends only on the
 * document and the settings, never on the documents before it.
 */
public final class Extractor {
    /** Role nouns ("president", "minister"), read once for the entity, relation and role stages. */
    private static final String TITLES_FILE = "lexicon/titles.txt";
    private static final String DATELINE_SETTINGS = "dateline.properties";
    private final PageFurniture furniture;
    private final Datelines datelines;
    private final CounterpartRoles counterparts;
    private final PossessedTitleRoles possessedTitles;
    private final HeadlineVerbs headlineVerbs;
    private final RelativeClauseVerbs relativeClauseVerbs;
    private final HyphenatedTitles hyphenatedTitles;
    private final NlpPipeline nlp;
    private final DocumentDates documentDates;
    private final EntityExtractor entities;
    private final RelationExtractor relations;
    private final RelationTypes relationTypes;
    private final ActorCountries actors;
    private final BareTitleRoles titleRoles;
    private final CompanyTitleRoles companyTitles;
    private final EventCoder events;
    private final Set<EntityType> types;
    private final DateOptions dateOptions;

    /** Verbs a headline states in the present, which the tagger may read as plural nouns (annotate.HeadlineVerbs). */
    public static final String HEADLINE_VERBS_FILE = "lexicon/headline-verbs.txt";
    public static final String RELATIVE_CLAUSE_VERBS_FILE = "lexicon/relative-clause-verbs.txt";
    /** Words that open a headline's second clause, whose verb leaves the first without one (annotate.HeadlineVerbs). */
    public static final String HEADLINE_SUBORDINATORS_FILE = "lexicon/headline-subordinators.txt";

    /** The fields of ministries and ministers' portfolios ("Defense", "Heritage"; and "Cabinet"), read by entities and titles. */
    public static final String MINISTRY_FIELDS_FILE = ActorCountries.MINISTRY_FIELDS_FILE;

    /** Event-coding patterns (PLOVER/CAMEO constructions), read after relations.rules. */
    public static final String EVENT_RULES = "event-relations.rules";

    /** --doc-date (the fallback date, or null) and --force-doc-date (the option wins over the document's own date). */
    public record DateOptions(LocalDate fallback, boolean force) {
        public static final DateOptions NONE = new DateOptions(null, false);
    }

    /** The lower-case entries of the lexicon files a setting lists. */
    private static Set<String> lexiconWords(Models models, Settings settings, String key) {
        return ModelFiles.lowercaseLines(settings.words(key).stream().sorted().flatMap(file -> models.lines(file).stream()).toList());
    }

    private static BareTitleRoles.StateOnlyTitles stateOnlyTitles(Models models, Settings settings) {
        Set<String> fields = ModelFiles.lowercaseLines(models.lines(MINISTRY_FIELDS_FILE));
        // a head missing from the state titles would never be found a state's title: refuse it at start-up
        Set<String> stateTitles = ModelFiles.lowercaseLines(models.lines(BareTitleRoles.STATE_TITLES_FILE));
        for (String key : List.of("title.dateline.heads", "title.dateline.fieldHeads")) {
            Set<String> missing = new java.util.TreeSet<>(settings.lowercaseWords(key));
            missing.removeAll(stateTitles);
            if (!missing.isEmpty()) {
                throw new SettingsException(settings.file() + ": setting '" + key + "' lists " + String.join(", ", missing)
                        + ", not in " + BareTitleRoles.STATE_TITLES_FILE);
            }
        }
        Set<String> heads = settings.lowercaseWords("title.dateline.heads");
        Set<String> fullNameHeads = settings.lowercaseWords("title.dateline.fullNameHeads");
        settings.requireSubset("title.dateline.fullNameHeads", "title.dateline.heads");
        return new BareTitleRoles.StateOnlyTitles(heads, settings.lowercaseWords("title.dateline.fieldHeads"), fields, fullNameHeads,
                settings.words("title.dateline.otherHolderSectors"), settings.lowercaseWords("title.dateline.otherHolderHeads"));
    }

    public Extractor(Models models, Set<EntityType> types) {
        this(models, types, DateOptions.NONE);
    }

    public Extractor(Models models, Set<EntityType> types, DateOptions dateOptions) {
        Settings entitySettings = models.settings("entities.properties");
        Settings relationSettings = models.settings("relations.properties");
        Settings dateSettings = models.settings("dates.properties");
        CountryTable countries = CountryTable.fromTsv(models.lines("countries.tsv"));
        List<String> titleLines = models.lines(TITLES_FILE);
        List<String> stateTitleLines = models.lines(BareTitleRoles.STATE_TITLES_FILE);
        this.actors = ActorCountries.load(models::lines, countries);
        this.furniture = PageFurniture.fromRules(models.lines("furniture.txt"), place -> actors.placeCountry(place) != null);
        this.nlp = new NlpPipeline(models.properties("pipeline.properties"),
                ner -> new DateTagger(ner, dateSettings, models::lines, models::path));
        this.documentDates = new DocumentDates(dateSettings);
        this.entities = new EntityExtractor(countries, entitySettings,
                titleLines, stateTitleLines, models.lines("lexicon/state-institutions.txt"),
                new DateExtractor(dateSettings, nlp.dates()), actors::isSeatOfGovernment, actors::isNonStateOrganization, actors::isIntergovernmental, actors::dictionaryCountry,
                actors::isAmbiguousCountryName,
                models.lines("lexicon/organization-names.txt"), models.lines(MINISTRY_FIELDS_FILE));
        List<RelationRule> rules = new ArrayList<>(RuleFile.parse(models.lines("relations.rules"), models::lines));
        rules.addAll(RuleFile.parse(models.lines(EVENT_RULES), models::lines));
        Set<String> actNouns = new java.util.HashSet<>(lexiconWords(models, relationSettings, "apposition.notClassNounFiles"));
        actNouns.addAll(relationSettings.lowercaseWords("apposition.notClassNouns"));
        this.relations = new RelationExtractor(rules, relationSettings, actors, titleLines,
                models.lines("lexicon/currency-nouns.txt"), actNouns,
                new RelationExtractor.Lexicons(lexiconWords(models, relationSettings, "proxy.staffingVerbFiles"),
                        lexiconWords(models, relationSettings, "sayers.pronoun.verbFiles"),
                        lexiconWords(models, relationSettings, "claim.nounFiles"),
                        lexiconWords(models, relationSettings, "agent.authoredWorkFiles"),
                        lexiconWords(models, relationSettings, "kin.nounFiles")));
        this.relationTypes = RelationTypes.load(models::lines);
        this.events = new EventCoder(relationTypes, actors, relationSettings.lowercaseWords("country.proxies"));
        this.titleRoles = new BareTitleRoles(stateTitleLines,
                relationSettings.lowercaseWords("title.past.markers"), stateOnlyTitles(models, relationSettings),
                relationSettings.decimal("title.confidence", 0, 1), actors,
                new BareTitleRoles.AttackerWords(lexiconWords(models, relationSettings, "title.lead.attackerWordFiles"),
                        relationSettings.lowercaseWords("title.lead.attackerOnlyAsVerbs"),
                        relationSettings.lowercaseWords("title.lead.attackNouns"), lexiconWords(models, relationSettings, "title.lead.harmVerbFiles")),
                relationSettings.lowercaseWords("counterpart.nouns"), relationSettings.date("title.nationality.after"),
                relationSettings.lowercaseWords("title.nationality.heads"), relationSettings.lowercaseWords("title.nationality.notModifiers"),
                relationSettings.lowercaseWords("title.accompanying.relations"), relationSettings.number("title.lead.sentences", 1, 10));
        this.companyTitles = new CompanyTitleRoles(models.lines(CompanyTitleRoles.TITLES_FILE),
                relationSettings.lowercaseWords("company.title.modifiers"), relationSettings.lowercaseWords("title.past.markers"),
                relationSettings.words("company.title.otherSectors"), relationSettings.lowercaseWords("company.title.outletWords"),
                relationSettings.lowercaseWords("company.title.leadNotHeads"), relationSettings.number("company.title.leadWindow", 0, 20),
                relationSettings.decimal("title.confidence", 0, 1), relationSettings.lowercaseWords("relative.pronouns"));
        this.counterparts = new CounterpartRoles(relationSettings.lowercaseWords("counterpart.nouns"),
                relationSettings.lowercaseWords("counterpart.title.heads"), relationSettings.lowercaseWords("counterpart.leader.titles"),
                relationSettings.lowercasePairs("counterpart.leader.offices"), relationSettings.lowercaseWords("title.past.markers"), relationSettings.lowercaseWords("counterpart.personal.qualifiers"),
                relationSettings.decimal("counterpart.confidence", 0, 1));
        this.possessedTitles = new PossessedTitleRoles(ModelFiles.lowercaseLines(stateTitleLines),
                ModelFiles.lowercaseLines(titleLines), relationSettings.lowercaseWords("counterpart.leader.titles"), relationSettings.lowercaseWords("title.past.markers"),
                relationSettings.decimal("counterpart.confidence", 0, 1));
        this.headlineVerbs = new HeadlineVerbs(ModelFiles.lowercaseLines(models.lines(HEADLINE_VERBS_FILE)),
                ModelFiles.lowercaseLines(models.lines(HEADLINE_SUBORDINATORS_FILE)));
        this.relativeClauseVerbs = new RelativeClauseVerbs(ModelFiles.lowercaseLines(models.lines(RELATIVE_CLAUSE_VERBS_FILE)));
        this.hyphenatedTitles = new HyphenatedTitles(ModelFiles.lowercaseLines(titleLines));
        Settings datelineSettings = models.settings(DATELINE_SETTINGS);
        this.datelines = new Datelines(datelineSettings.pattern("line"), datelineSettings.number("lines", 1, 100),
                DATELINE_SETTINGS + ": line");
        for (Settings settings : List.of(entitySettings, relationSettings, dateSettings, datelineSettings)) {
            settings.checkAllRead("");
        }
        this.types = Set.copyOf(types);
        this.dateOptions = dateOptions;
    }

    private Extractor(Extractor loaded, Set<EntityType> types, DateOptions dateOptions) {
        this.furniture = loaded.furniture;
        this.nlp = loaded.nlp;
        this.documentDates = loaded.documentDates;
        this.entities = loaded.entities;
        this.relations = loaded.relations;
        this.relationTypes = loaded.relationTypes;
        this.actors = loaded.actors;
        this.events = loaded.events;
        this.titleRoles = loaded.titleRoles;
        this.companyTitles = loaded.companyTitles;
        this.datelines = loaded.datelines;
        this.counterparts = loaded.counterparts;
        this.possessedTitles = loaded.possessedTitles;
        this.headlineVerbs = loaded.headlineVerbs;
        this.relativeClauseVerbs = loaded.relativeClauseVerbs;
        this.hyphenatedTitles = loaded.hyphenatedTitles;
        this.types = Set.copyOf(types);
        this.dateOptions = dateOptions;
    }

    /**
     * The same pipeline (nothing is loaded again) with other entity types and date options: a JVM that runs
     * jobs with different settings (a Spark executor, the tests) keeps one CoreNLP pipeline for all of them.
     */
    public Extractor with(Set<EntityType> otherTypes, DateOptions otherDateOptions) {
        return new Extractor(this, otherTypes, otherDateOptions);
    }

    /** The result for a document given up after the time limit. */
    public ExtractionResult timedOut(Document doc, java.time.Duration limit) {
        return failed(doc, new InputError(InputError.TIMEOUT, "processing took longer than " + limit.toMillis() / 1000.0 + " s (--doc-timeout)"));
    }

    public ExtractionResult extract(Document doc) {
        if (doc.failed()) {
            return failed(doc, doc.error());
        }
        try {
            return run(doc);
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getClass().getSimpleName() + ": " + e.getMessage();
            return failed(doc, new InputError(InputError.PROCESSING, message));
        }
    }

    private ExtractionResult failed(Document doc, InputError error) {
        DocumentDates.DocumentDate date = documentDate(doc);
        return ExtractionResult.failed(doc.id(), date.date(), date.source(), error).withUrl(doc.url());
    }

    /** Where the document's date comes from: its record or page, its dateline, --doc-date (see {@link DocumentDates}). */
    public DocumentDates.DocumentDate documentDate(Document doc) {
        return documentDates.resolve(doc.docDate(), Document.HTML.equals(doc.textSource()), doc.text(),
                dateOptions.fallback(), dateOptions.force());
    }

    private ExtractionResult run(Document doc) {
        DocumentDates.DocumentDate date = documentDate(doc);
        Tagged tagged = tag(doc, date);
        return run(doc, date, tagged.annotation(), tagged.datelines());
    }

    /** Runs a document and returns CoreNLP's annotation too, for `newsie explain`. */
    public Annotation explain(Document doc, java.util.function.Consumer<ExtractionResult> result) {
        DocumentDates.DocumentDate date = documentDate(doc);
        Tagged tagged = tag(doc, date);
        result.accept(run(doc, date, tagged.annotation(), tagged.datelines()));
        return tagged.annotation();
    }

    /** A document's text tagged by CoreNLP, and the datelines found in it. */
    private record Tagged(Annotation annotation, List<Datelines.Found> datelines) {
    }

    /** Blanks the page furniture, makes each dateline a sentence of its own and tags the text. */
    private Tagged tag(Document doc, DocumentDates.DocumentDate date) {
        String text = furniture.clean(doc.text());
        List<Datelines.Found> found = datelines.find(text);
        return new Tagged(nlp.tag(Datelines.breakOff(text, found), date.date()), found);
    }

    private ExtractionResult run(Document doc, DocumentDates.DocumentDate date, Annotation annotation, List<Datelines.Found> datelineLines) {
        DocumentEntities found = entities.extract(annotation, date.date(), types);
        if (types.contains(EntityType.COUNTRY)) {
            actors.markLatent(annotation, found); // "Palestinians", "Moscow": country actors when a relation uses them
        }
        List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
        Set<Integer> toParse = new TreeSet<>(relations.sentencesToParse(found));
        toParse.addAll(entities.sentencesWithObjectReference(annotation, found, types));
        toParse.forEach(s -> {
            headlineVerbs.retag(sentences.get(s));
            relativeClauseVerbs.retag(sentences.get(s));
            hyphenatedTitles.retag(sentences.get(s));
        });
        entities.tagNamesAsProperNouns(annotation, found);
        nlp.parse(toParse.stream().map(sentences::get).toList());
        entities.resolveParsed(annotation, found, types);
        // dates are shared once the events' actors are known: a headline may tell a leaders' act by their countries
        List<Triple> triples = FactDates.share(events.code(annotation, found, relationTypes.apply(relations.extract(annotation, found)), date.date(),
                types.contains(EntityType.COUNTRY)));
        if (types.contains(EntityType.PERSON) && types.contains(EntityType.ORGANIZATION)) {
            triples = companyTitles.add(annotation, found, triples, relationTypes);
        }
        if (types.contains(EntityType.PERSON) && types.contains(EntityType.COUNTRY)) {
            triples = titleRoles.add(annotation, found, triples, relationTypes, datelineLines, date.date());
            triples = counterparts.add(annotation, found, triples, relationTypes, person -> titleRoles.officeBefore(annotation, found, person));
            triples = possessedTitles.add(annotation, found, triples, relationTypes);
            actors.assignLaterRoles(Triple.roleHints(triples));
            triples = EventCoder.withoutOwnCountryActs(annotation, triples);
        }
        // a later step may give both ends one entity ("Algeria ... accusing Algiers of": the seat of government is the
        // state): a fact of one actor about itself says nothing; one between two sectors of a country is an event
        // ("French farmers would blockade Paris": France's farmers and its government)
        triples = triples.stream().filter(t -> t.subject() != t.object() || !sameSector(t.subjectActor(), t.objectActor())).toList();
        found.assignIds();
        int tokenCount = annotation.get(CoreAnnotations.TokensAnnotation.class).size();
        // the text goes into newsie/1 output only for pages (textSource); event records quote their sentences from it
        return new ExtractionResult(doc.id(), date.date(), date.source(), found.entities(), triples, null, tokenCount, doc.textSource(),
                doc.text(), doc.url());
    }

    /** Whether two actors of one entity are one: the same sector, a country's own name standing for its government. */
    private static boolean sameSector(Actor a, Actor b) {
        String sa = a == null || a.sector() == null ? "GOV" : a.sector();
        String sb = b == null || b.sector() == null ? "GOV" : b.sector();
        return sa.equals(sb);
    }
}
