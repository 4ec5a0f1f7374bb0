namespace ChatFindings;

/// <summary>
/// The claims of the report, F1–F7, as published (news text ANP, December 2024, and the sources
/// listed in the report brief). Only sourced figures appear here; where the report gives no figure,
/// <see cref="ClaimDefinition.PublishedValue"/> is null and the comparison says so. Each Dutch
/// statement is a sentence of data/reference/report_quotes.csv and each English statement its
/// translation there (tested); what the project measures for a claim is in its measure's
/// explanation, never in the report's words.
/// </summary>
public static class ClaimRegister
{
    private const string News = "ANP news text on the CKM report, December 2024";

    public static readonly ClaimDefinition F1 = new(
        "F1", "01-scale",
        "In that period nearly six hundred minor victims of sexual or criminal exploitation came onto the chat, the CKM reports.",
        "In die periode kwamen bijna zeshonderd minderjarige slachtoffers van seksuele of criminele uitbuiting op de chat, meldt het CKM.",
        "nearly 600", 600, ClaimComparison.Nearly, "conversations", News);

    public static readonly ClaimDefinition F2 = new(
        "F2", "02-hidden-victims",
        "According to the centre, that is more than twice as many as the number of formally registered victims in that period.",
        "Dat is volgens het centrum ruim twee keer zoveel als het aantal formeel geregistreerde slachtoffers in die periode.",
        "more than twice", 2, ClaimComparison.MoreThan, "ratio", News);

    public static readonly ClaimDefinition F3 = new(
        "F3", "03-duration",
        "Many of the victims who come forward on the chat have already been exploited for a year or longer.",
        "Veel van de slachtoffers die zich melden op de chat worden al een jaar of langer uitgebuit.",
        "many (news text); over half (2019 yearly report)", 50, ClaimComparison.MoreThan, "%",
        News + "; 'over half' from the 2019 yearly report (Fier/CKM)");

    public static readonly ClaimDefinition F4 = new(
        "F4", "04-online-platforms",
        "For instance, the government should call online platforms to account for their task of preventing or stopping sexual exploitation.",
        "Zo zou de overheid onlineplatforms moeten aanspreken op hun taak seksuele uitbuiting te voorkomen of te stoppen.",
        "no figure published", null, ClaimComparison.NoPublishedFigure, "%", News);

    public static readonly ClaimDefinition F5 = new(
        "F5", "05-parents",
        "In the years 2019 through 2023, nearly 130 conversations showed that the victim was being exploited by (one of) the parents.",
        "In de jaren 2019 tot en met 2023 bleek uit bijna 130 gesprekken dat het slachtoffer werd uitgebuit door (een van) de ouders.",
        "nearly 130", 130, ClaimComparison.Nearly, "conversations", News);

    public static readonly ClaimDefinition F6 = new(
        "F6", "06-clients",
        "Furthermore, there must be a \"targeted strategy\" to prosecute clients in human trafficking.",
        "Verder moet er een \"doelgerichte strategie\" komen om klanten in de mensenhandel te vervolgen.",
        "no figure published", null, ClaimComparison.NoPublishedFigure, "%", News);

    public static readonly ClaimDefinition F7 = new(
        "F7", "07-first-reaction",
        "Finally, the report brings out that the first reaction of the people around them to the telling about the situation of exploitation can be \"very decisive\" for the further course of victims.",
        "Uit het rapport komt tot slot naar voren dat de eerste reactie van de omgeving op het vertellen over de uitbuitingssituatie \"zeer bepalend\" kan zijn voor het vervolgtraject van slachtoffers.",
        "very decisive (no figure)", null, ClaimComparison.Higher, "pp", News);

    public static IReadOnlyList<ClaimDefinition> All { get; } = [F1, F2, F3, F4, F5, F6, F7];

    public static ClaimDefinition Get(string id) =>
        All.FirstOrDefault(c => c.Id == id) ?? throw new KeyNotFoundException($"No claim with id '{id}'; known: {string.Join(", ", All.Select(c => c.Id))}.");
}
