using System.Globalization;

namespace ChatFindings.Cli.Site;

/// <summary>
/// Every word the site and the PDF appendix write themselves (not the notebooks'), in one
/// language. <see cref="English"/> and <see cref="Dutch"/> side by side, so a new string gets both forms.
/// </summary>
public sealed record SiteText
{
    public required Language Language { get; init; }
    public required string SiteTitle { get; init; }
    public required string Subject { get; init; }
    public required string Kicker { get; init; }
    public required string SyntheticBanner { get; init; }
    public required string SyntheticBannerDetail { get; init; }
    public required string SyntheticDescription { get; init; }
    public required string RealDescription { get; init; }
    public required string Lede { get; init; }
    public required string AppendixLede { get; init; }
    public required Func<int, string> ProtectedCounts { get; init; }
    public required Func<int, string> RejectedRows { get; init; }
    public required string RejectedRowsDetail { get; init; }
    public required string DataHeading { get; init; }
    public required string NotebooksHeading { get; init; }
    public required string ClaimsHeading { get; init; }
    public required string NoClaims { get; init; }
    public required string Index { get; init; }
    public required string Previous { get; init; }
    public required string Next { get; init; }
    public required string PagesLabel { get; init; }
    public required string LanguageSwitch { get; init; }
    public required string Provenance { get; init; }
    public required string DataRow { get; init; }
    public required string SyntheticShort { get; init; }
    public required string RealShort { get; init; }
    public required string InputSha { get; init; }
    public required string GitCommit { get; init; }
    public required string MinCellRow { get; init; }
    public required string Packages { get; init; }
    public required string Inlined { get; init; }
    public required string Code { get; init; }
    public required string ChartTable { get; init; }
    public required string Chart { get; init; }
    public required Func<string, string> Unshown { get; init; }
    public required string ClaimsCaption { get; init; }
    public required string[] ClaimsHeaders { get; init; }
    /// <summary>The verdict words, by findings.json's code (borne_out, not_borne_out, inconclusive, not_assessed).</summary>
    public required IReadOnlyDictionary<string, string> Verdicts { get; init; }
    /// <summary>"7 claims" before the count of each verdict.</summary>
    public required Func<int, string> ClaimCount { get; init; }
    /// <summary>"base" before a share's denominator.</summary>
    public required string Base { get; init; }
    /// <summary>"to" between an interval's bounds.</summary>
    public required string To { get; init; }
    /// <summary>An interval's method by its findings.json name ("Wilson score").</summary>
    public required Func<string, string> Method { get; init; }
    public required Func<string, string> Comparison { get; init; }
    public required string Contents { get; init; }
    public required string AppendixSub { get; init; }
    public required string Publisher { get; init; }
    public required string DataFacts { get; init; }
    public required string DataKind { get; init; }
    public required string SyntheticLong { get; init; }
    public required string RealLong { get; init; }
    public required string Description { get; init; }
    public required string DataFile { get; init; }
    public required string DataSha { get; init; }
    public required string DataDate { get; init; }
    public required Func<string, string> Conversations { get; init; }
    public required string SmallestCount { get; init; }
    /// <summary>The PDF's running title (English: in the stylesheet).</summary>
    public required string RunningTitle { get; init; }

    public CultureInfo Culture => Language == Language.Dutch ? DutchCulture.Instance : CultureInfo.InvariantCulture;

    /// <summary>The verdict of a claim in words; from <c>holds</c> for a findings file without verdicts.</summary>
    public string Status(string? verdict, bool? holds) =>
        Verdicts.GetValueOrDefault(verdict ?? holds switch { true => "borne_out", false => "not_borne_out", null => "not_assessed" }, verdict?.Replace('_', ' ') ?? "");

    public static SiteText For(Language language) => language == Language.Dutch ? Dutch : English;

    public static SiteText English { get; } = new()
    {
        Language = Language.English,
        SiteTitle = "Minor victims of human trafficking on the Fier chat, 2019–2023 — appendix notebooks",
        Subject = "Minor victims of human trafficking on the Fier chat, 2019–2023",
        Kicker = "Appendix notebooks",
        SyntheticBanner = "Synthetic data — these numbers are not the report's",
        SyntheticBannerDetail = "This run used generated data with the shape of the coded conversations; it shows how the analysis works, not what the chat conversations show.",
        SyntheticDescription = "",
        RealDescription = "",
        Lede = "These pages reproduce, notebook by notebook, the findings of the CKM report on minor victims of human trafficking who came onto the anonymous chat of Fier in 2019–2023, and check each published figure against the data.",
        AppendixLede = "The report's findings reproduced notebook by notebook, with each published figure checked against the data.",
        ProtectedCounts = n => $"Every count shown was protected before display: counts below {n} are suppressed, as are counts that would let a suppressed one be worked out or narrowed to fewer than {n} possible values.",
        RejectedRows = rows => string.Create(CultureInfo.InvariantCulture, $"{rows:N0} row{(rows == 1 ? " was" : "s were")} rejected by the codebook check."),
        RejectedRowsDetail = "Publish was told to go ahead with --allow-rejected-rows; every figure leaves these rows out.",
        DataHeading = "The data",
        NotebooksHeading = "Notebooks",
        ClaimsHeading = "Claims checked",
        NoClaims = "No claims were recorded in this run.",
        Index = "Index",
        Previous = "← Previous",
        Next = "Next →",
        PagesLabel = "Pages",
        LanguageSwitch = "Nederlands",
        Provenance = "Provenance",
        DataRow = "Data",
        SyntheticShort = "synthetic",
        RealShort = "real (coded conversations)",
        InputSha = "Input SHA-256",
        GitCommit = "Git commit",
        MinCellRow = "Smallest published count (min_cell)",
        Packages = "Packages",
        Inlined = "inlined",
        Code = "Code",
        ChartTable = "The chart's numbers as a table",
        Chart = "Chart",
        Unshown = types => $"An output of type {types} is not shown on this page.",
        ClaimsCaption = "Each claim of the report: the published figure, the figure computed from this run's data with its 95% interval, and the verdict",
        ClaimsHeaders = ["Id", "Claim", "Published", "Computed", "95% interval", "Comparison", "Verdict"],
        Verdicts = new Dictionary<string, string>
        {
            ["borne_out"] = "borne out", ["not_borne_out"] = "not borne out", ["inconclusive"] = "inconclusive", ["not_assessed"] = "not assessed",
        },
        ClaimCount = all => $"{all} claim{(all == 1 ? "" : "s")}",
        Base = "base",
        To = "to",
        Method = method => method,
        Comparison = word => word,
        Contents = "Contents",
        AppendixSub = "Appendix notebooks",
        Publisher = "CKM — Centrum tegen Kinderhandel en Mensenhandel (Centre against Child Trafficking and Human Trafficking)",
        DataFacts = "The data",
        DataKind = "Data",
        SyntheticLong = "synthetic (generated, not the coded conversations)",
        RealLong = "real (the coded conversations)",
        Description = "Description",
        DataFile = "Data file",
        DataSha = "Data SHA-256",
        DataDate = "Date of the data",
        Conversations = period => $"conversations from {period}",
        SmallestCount = "Smallest published count",
        RunningTitle = "Minor victims of human trafficking on the Fier chat, 2019–2023 · appendix notebooks",
    };

    public static SiteText Dutch { get; } = new()
    {
        Language = Language.Dutch,
        SiteTitle = "Minderjarige slachtoffers van mensenhandel in de chat van Fier, 2019–2023 — bijlage met notebooks",
        Subject = "Minderjarige slachtoffers van mensenhandel in de chat van Fier, 2019–2023",
        Kicker = "Bijlage met notebooks",
        SyntheticBanner = "Synthetische gegevens — deze cijfers zijn niet die van het rapport",
        SyntheticBannerDetail = "Deze uitvoering gebruikte gegenereerde gegevens met de vorm van de gecodeerde gesprekken; ze laat zien hoe de analyse werkt, niet wat de chatgesprekken laten zien.",
        SyntheticDescription = "Synthetische gegevens: gegenereerde gesprekken met de vorm van de gecodeerde gegevens van de chat van Fier, afgestemd op gepubliceerde cijfers. Het zijn geen echte gesprekken en er wordt geen persoon beschreven. Bevindingen op deze gegevens illustreren alleen de methode.",
        RealDescription = "Gecodeerde gesprekken (echte gegevens: geen herkomstbestand markeert dit bestand als synthetisch).",
        Lede = "Deze pagina's herhalen, notebook voor notebook, de bevindingen van het rapport van CKM over minderjarige slachtoffers van mensenhandel die in 2019–2023 in de anonieme chat van Fier kwamen, en toetsen elk gepubliceerd cijfer aan de gegevens.",
        AppendixLede = "De bevindingen van het rapport, notebook voor notebook herhaald, met elk gepubliceerd cijfer getoetst aan de gegevens.",
        ProtectedCounts = n => $"Elk getoond aantal is vóór publicatie beschermd: aantallen onder {n} worden niet getoond, net als aantallen waaruit een verborgen aantal te berekenen of tot minder dan {n} mogelijke waarden te versmallen zou zijn.",
        RejectedRows = rows => string.Create(DutchCulture.Instance, $"{rows:N0} {(rows == 1 ? "rij is" : "rijen zijn")} bij de controle tegen het codeboek afgewezen."),
        RejectedRowsDetail = "Publiceren ging door met --allow-rejected-rows; alle cijfers laten deze rijen buiten beschouwing.",
        DataHeading = "De gegevens",
        NotebooksHeading = "Notebooks",
        ClaimsHeading = "Getoetste uitspraken",
        NoClaims = "In deze uitvoering zijn geen uitspraken vastgelegd.",
        Index = "Overzicht",
        Previous = "← Vorige",
        Next = "Volgende →",
        PagesLabel = "Pagina's",
        LanguageSwitch = "English",
        Provenance = "Herkomst",
        DataRow = "Gegevens",
        SyntheticShort = "synthetisch",
        RealShort = "echt (gecodeerde gesprekken)",
        InputSha = "SHA-256 van de invoer",
        GitCommit = "Git-commit",
        MinCellRow = "Kleinste gepubliceerde aantal (min_cell)",
        Packages = "Pakketten",
        Inlined = "ingebed",
        Code = "Code",
        ChartTable = "De cijfers van de grafiek als tabel",
        Chart = "Grafiek",
        Unshown = types => $"Een uitvoer van het type {types} wordt op deze pagina niet getoond.",
        ClaimsCaption = "Elke uitspraak van het rapport: het gepubliceerde cijfer, het cijfer berekend uit de gegevens van deze uitvoering met het 95%-betrouwbaarheidsinterval, en het oordeel",
        ClaimsHeaders = ["Id", "Uitspraak", "Gepubliceerd", "Berekend", "95%-betrouwbaarheidsinterval", "Vergelijking", "Oordeel"],
        Verdicts = new Dictionary<string, string>
        {
            ["borne_out"] = "bevestigd", ["not_borne_out"] = "niet bevestigd", ["inconclusive"] = "onbeslist", ["not_assessed"] = "niet beoordeeld",
        },
        ClaimCount = all => $"{all} {(all == 1 ? "uitspraak" : "uitspraken")}",
        Base = "basis",
        To = "tot",
        Method = method => method switch
        {
            "Wilson score" => "Wilson-score",
            "Newcombe hybrid score" => "hybride score van Newcombe",
            _ => method,
        },
        Comparison = word => word switch
        {
            "nearly" => "bijna",
            "about" => "ongeveer",
            "more than" => "meer dan",
            "higher" => "hoger",
            "no published figure" => "geen gepubliceerd cijfer",
            _ => word,
        },
        Contents = "Inhoud",
        AppendixSub = "Bijlage met notebooks",
        Publisher = "CKM — Centrum tegen Kinderhandel en Mensenhandel",
        DataFacts = "De gegevens",
        DataKind = "Gegevens",
        SyntheticLong = "synthetisch (gegenereerd, niet de gecodeerde gesprekken)",
        RealLong = "echt (de gecodeerde gesprekken)",
        Description = "Beschrijving",
        DataFile = "Gegevensbestand",
        DataSha = "SHA-256 van de gegevens",
        DataDate = "Periode van de gegevens",
        Conversations = period => $"gesprekken uit {period}",
        SmallestCount = "Kleinste gepubliceerde aantal",
        RunningTitle = "Minderjarige slachtoffers van mensenhandel in de chat van Fier, 2019–2023 · bijlage met notebooks",
    };
}
