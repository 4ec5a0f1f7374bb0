using System.Globalization;
using System.Net;
using Microsoft.DotNet.Interactive.Formatting;
using ChatFindings.Load;

namespace ChatFindings;

/// <summary>
/// What the first cell of every notebook opens:
/// <code>
/// #r "../build/lib/ChatFindings.dll"
/// using ChatFindings;
/// var study = NotebookSession.Start("00-data-and-methods");
/// study
/// </code>
/// It reads the environment (CHATFINDINGS_DATA, CHATFINDINGS_MIN_CELL, CHATFINDINGS_PUBLISH), loads
/// the data, and registers how the library's types display — with the publication guard when publishing.
/// Works the same in the project's runner, dotnet-repl, Jupyter and VS Code.
/// </summary>
public sealed class NotebookSession : IPublishable
{
    private NotebookSession(string notebook, SessionSettings settings, Dataset data)
    {
        Notebook = notebook;
        Settings = settings;
        Data = data;
        Policy = new DisclosurePolicy(settings.MinCell);
    }

    /// <summary>The notebook's name, e.g. "00-data-and-methods" (claims and tables are filed under it).</summary>
    public string Notebook { get; }

    public SessionSettings Settings { get; }

    /// <summary>The conversations. Row-level: use it to compute tables, never display it on a published page.</summary>
    public Dataset Data { get; }

    /// <summary>The disclosure threshold of this run, to hand to everything that decides what may be published.</summary>
    public DisclosurePolicy Policy { get; }

    public int MinCell => Settings.MinCell;
    public bool Publishing => Settings.Publishing;
    public bool IsSynthetic => Data.Source.IsSynthetic;

    public static NotebookSession Start(string notebook) => Start(notebook, SessionSettings.FromEnvironment());

    // Internal: a cell must not pick its own mode or threshold; publish sets them in the environment.
    internal static NotebookSession Start(string notebook, SessionSettings settings)
    {
        if (string.IsNullOrWhiteSpace(notebook)) throw new ArgumentException("Give the notebook's name, e.g. \"01-minor-victims\".", nameof(notebook));
        // Same output in every kernel, whatever the machine's locale: the edition's language decides
        // ("1,234" and "12.5%" in English, "1.234" and "12,5%" in Dutch), never the machine.
        Languages.Use(settings.Language, settings.Language == Language.Dutch
            ? NotebookStrings.Load(Path.Combine(DataLocation.RepoRoot, "notebooks", "nl"), notebook, strict: settings.Publishing)
            : NotebookStrings.None);
        var data = DatasetCache.Shared.Load(settings.DataPath); // publish's kernels share one load of an unchanged file
        RegisterFormatters(settings.Publishing);
        return new NotebookSession(notebook, settings, data);
    }

    /// <summary>Applies disclosure control with this session's minimum cell size (the table protected on its own).</summary>
    public ProtectedTable Protect(FrequencyTable table) => DisclosureControl.Protect(table, Policy);

    private readonly Dictionary<string, (Population Population, int Count)> _populations = new(StringComparer.Ordinal);

    /// <summary>
    /// Names a set of conversations that tables are made of (e.g. "f1-group"); its tables are linked
    /// and protected together, here and in every notebook that names the same population.
    /// Naming the same id again with other conversations or another title is an error.
    /// </summary>
    public Population Population(string id, string title, IEnumerable<Conversation> conversations)
    {
        var name = new TablePopulation(id, title);
        var rows = conversations.ToList();
        if (_populations.TryGetValue(id, out var known))
        {
            if (known.Population.Id != name || known.Count != rows.Count)
                throw new ArgumentException($"Population '{id}' is already named with other conversations or another title.", nameof(id));
            return known.Population;
        }
        var population = new Population(name, rows, Policy);
        _populations[id] = (population, rows.Count);
        return population;
    }

    /// <summary>Checks a claim of the report against a measure of this data, under this session's threshold.</summary>
    public Claim Check(ClaimDefinition claim, ClaimMeasure measure) => Claim.Evaluate(claim, measure, Policy);

    /// <summary>A count for narrative text: "&lt;10" when under the threshold.</summary>
    public DisclosedCount Count(IEnumerable<Conversation> group) => new(group.Count(), Policy);

    /// <summary>The share of <paramref name="group"/> (among those where <paramref name="known"/>) that matches, for narrative text.</summary>
    public DisclosedShare Share(IEnumerable<Conversation> group, Func<Conversation, bool> matches, Func<Conversation, bool>? known = null) =>
        DisclosedShare.Of(group, matches, known, Policy);

    /// <summary>
    /// Markdown written by code from computed values (see <see cref="NarrativeText"/>). Only an
    /// interpolated string whose values are disclosed (<see cref="INarrativeValue"/>) or strings
    /// compiles: <c>study.Say($"{study.Count(group)} conversations")</c>.
    /// </summary>
    public NarrativeText Say(NarrativeInterpolation markdown) => new(markdown.Text, markdown.Equations);

    /// <summary>
    /// Markdown written by code in both languages, side by side in the same call:
    /// <c>study.Say(en: $"Of the {n} conversations…", nl: $"Van de {n} gesprekken…")</c>; the
    /// session's language (CHATFINDINGS_LANG) picks one. Values format in that language's conventions.
    /// Both are interpolated-string handlers, so a raw number is a compile error in either language.
    /// </summary>
    public NarrativeText Say(NarrativeInterpolation en, NarrativeInterpolation nl) => new(Languages.Pick(en.Text, nl.Text), en.Equations.Concat(nl.Equations));

    private ReferenceFigures? _reference;

    /// <summary>The published figures in data/reference (registered victims, client study, yearly chat figures).</summary>
    public ReferenceFigures Reference => _reference ??= ReferenceFigures.Load(Path.Combine(DataLocation.RepoRoot, "data", "reference"));

    /// <summary>Registered on every start: a later start (or another kernel's reset) must not leave a stale mode behind.</summary>
    private static void RegisterFormatters(bool publishing)
    {
        PublicationGuard.Register(publishing);
        ProtectedTableFormatting.Register(publishing);
        ChartFormatting.Register();
        ClaimFormatting.Register(publishing);
        NarrativeFormatting.Register(publishing);
        TableView.Register();
        Formatter.Register<NotebookSession>((session, writer) => writer.Write(session.ToHtml()), HtmlFormatter.MimeType);
        Formatter.Register<NotebookSession>((session, writer) => writer.Write(session.ToString()), PlainTextFormatter.MimeType);
        Formatter.Register<NotebookSession>((session, writer) => writer.Write(SessionMarker.Json(session)), PublishMimeTypes.Session);
        Formatter.SetPreferredMimeTypesFor(typeof(NotebookSession), HtmlFormatter.MimeType, PlainTextFormatter.MimeType, PublishMimeTypes.Session);
    }

    /// <summary>The data file by name only: an absolute path would make output depend on the machine.</summary>
    public string DataFileName => Path.GetFileName(Data.Source.Path);

    public string ModeText => Publishing
        ? Languages.Pick("publishing: row-level data and unprotected tables are blocked",
            "publiceren: gegevens per gesprek en onbeschermde tabellen zijn geblokkeerd")
        : Languages.Pick("exploring: protection is off, row-level data can be displayed (publishing blocks it)",
            "verkennen: de bescherming staat uit, gegevens per gesprek kunnen getoond worden (publiceren blokkeert dat)");

    public string DataText => Languages.Pick(
        string.Create(Languages.Culture, $"{DataFileName}: {Data.Report.RowsAccepted:N0} conversations accepted, {Data.Report.RowsRejected:N0} rejected"),
        string.Create(Languages.Culture, $"{DataFileName}: {Data.Report.RowsAccepted:N0} gesprekken geaccepteerd, {Data.Report.RowsRejected:N0} afgewezen"));

    public const string SyntheticNoticeNl = "SYNTHETISCHE GEGEVENS: gegenereerd, niet de echte chatgesprekken. De bevindingen illustreren alleen de methode.";

    public const string SyntheticNotice = "SYNTHETIC DATA: generated, not the real chat conversations. Findings illustrate the method only.";

    /// <summary>Said on top when rows were rejected: every figure below leaves them out.</summary>
    public string RejectedNotice => string.Create(CultureInfo.InvariantCulture,
        $"{Data.Report.RowsRejected:N0} row{(Data.Report.RowsRejected == 1 ? " was" : "s were")} rejected by the codebook check and {(Data.Report.RowsRejected == 1 ? "is" : "are")} left out of every figure (see the data check in 00-data-and-methods).");

    public string ToHtml()
    {
        var html = new System.Text.StringBuilder("<div class=\"cf-session\">\n");
        if (IsSynthetic) html.Append("<p class=\"cf-synthetic\"><strong>").Append(WebUtility.HtmlEncode(Languages.Pick(SyntheticNotice, SyntheticNoticeNl))).Append("</strong></p>\n");
        if (Data.Report.RowsRejected > 0) html.Append("<p class=\"cf-rejected\"><strong>").Append(WebUtility.HtmlEncode(RejectedNotice)).Append("</strong></p>\n");
        html.Append("<ul>\n");
        html.Append(Languages.Pick("<li>Notebook: ", "<li>Notebook: ")).Append(WebUtility.HtmlEncode(Notebook)).Append("</li>\n");
        html.Append(Languages.Pick("<li>Data: ", "<li>Gegevens: ")).Append(WebUtility.HtmlEncode(DataText)).Append("</li>\n");
        html.Append(Languages.Pick("<li>Minimum cell size: ", "<li>Kleinste getoonde aantal: ")).Append(MinCell.ToString(CultureInfo.InvariantCulture)).Append("</li>\n");
        html.Append(Languages.Pick("<li>Mode: ", "<li>Modus: ")).Append(WebUtility.HtmlEncode(ModeText)).Append("</li>\n");
        html.Append("</ul>\n</div>\n");
        return html.ToString();
    }

    public override string ToString() =>
        (IsSynthetic ? SyntheticNotice + "\n" : "") +
        (Data.Report.RowsRejected > 0 ? RejectedNotice + "\n" : "") +
        string.Create(CultureInfo.InvariantCulture, $"Notebook: {Notebook}\nData: {DataText}\nMinimum cell size: {MinCell}\nMode: {ModeText}");
}
