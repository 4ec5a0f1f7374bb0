namespace ChatFindings;

/// <summary>
/// The claims of the report, F1–F7, as published (news text ANP, December 2024, and the sources
/// listed in the report brief). Only sourced figures appear here; where the report gives no figure,
/// <see cref="ClaimDefinition.PublishedValue"/> is null and the comparison says so.
/// </summary>
public static class ClaimRegister
{
    private const string News = "ANP news text on the CKM report, December 2024";

    public static readonly ClaimDefinition F1 = new(
        "F1", "01-scale",
        "Nearly 600 minor victims of sexual or criminal exploitation came onto the chat in 2019–2023.",
        "In die periode kwamen bijna zeshonderd minderjarige slachtoffers van seksuele of criminele uitbuiting op de chat.",
        "nearly 600", 600, ClaimComparison.Nearly, "conversations", News);

    public static readonly ClaimDefinition F2 = new(
        "F2", "02-hidden-victims",
        "That is more than twice the number of formally registered (minor) victims in that period.",
        "Dat is volgens het centrum ruim twee keer zoveel als het aantal formeel geregistreerde slachtoffers in die periode.",
        "more than twice", 2, ClaimComparison.MoreThan, "ratio", News);

    public static readonly ClaimDefinition F3 = new(
        "F3", "03-duration",
        "Many victims on the chat had been exploited for a year or longer (the 2019 yearly report: over half).",
        "Veel van de slachtoffers die zich melden op de chat worden al een jaar of langer uitgebuit.",
        "many; over half (2019)", 50, ClaimComparison.MoreThan, "%",
        News + "; 'over half' from the 2019 yearly report (Fier/CKM)");

    public static readonly ClaimDefinition F4 = new(
        "F4", "04-online-platforms",
        "Online platforms have a task in preventing or stopping sexual exploitation; share of minor victims recruited or approached online.",
        "Zo zou de overheid onlineplatforms moeten aanspreken op hun taak seksuele uitbuiting te voorkomen of te stoppen.",
        "no figure published", null, ClaimComparison.NoPublishedFigure, "%", News);

    public static readonly ClaimDefinition F5 = new(
        "F5", "05-parents",
        "In nearly 130 conversations the victim was exploited by (one of) the parents.",
        "In de jaren 2019 tot en met 2023 bleek uit bijna 130 gesprekken dat het slachtoffer werd uitgebuit door (een van) de ouders.",
        "nearly 130", 130, ClaimComparison.Nearly, "conversations", News);

    public static readonly ClaimDefinition F6 = new(
        "F6", "06-clients",
        "Clients of sexually exploited victims go largely unprosecuted; share of sexual-exploitation conversations in which paying clients are mentioned.",
        "Verder moet er een doelgerichte strategie komen om klanten in de mensenhandel te vervolgen.",
        "no figure published", null, ClaimComparison.NoPublishedFigure, "%", News);

    public static readonly ClaimDefinition F7 = new(
        "F7", "07-first-reaction",
        "The first reaction of the environment when a victim tells is very decisive for what follows: help is accepted more often after a supportive first reaction (difference in percentage points).",
        "De eerste reactie van de omgeving op het vertellen over de uitbuitingssituatie kan zeer bepalend zijn voor het vervolgtraject van slachtoffers.",
        "very decisive (no figure)", null, ClaimComparison.Higher, "pp", News);

    public static IReadOnlyList<ClaimDefinition> All { get; } = [F1, F2, F3, F4, F5, F6, F7];

    public static ClaimDefinition Get(string id) =>
        All.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No claim with id '{id}'; known: {string.Join(", ", All.Select(c => c.Id))}.");
}
