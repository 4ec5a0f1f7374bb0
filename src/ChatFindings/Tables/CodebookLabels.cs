using ChatFindings.Schema;

namespace ChatFindings;

/// <summary>
/// The titles and category labels of the codebook's fields, read from the codebook built into the
/// library (<see cref="Codebook.Conversations"/>), in codebook order.
/// </summary>
internal static class CodebookLabels
{
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) Reporter = Coded("reporter");
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) Gender = Coded("gender");
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) ExploitationType = Coded("exploitation_type");
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) Perpetrators = Coded("perpetrators");
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) Duration = Coded("duration");
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) Platforms = Coded("platforms");
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) FirstConfidant = Coded("first_confidant");
    public static readonly (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) FirstReaction = Coded("first_reaction");

    // Boolean fields: (name, title). Their categories are Yes/No, coded as the CSV writes them.
    public static readonly (string Name, string Title) Ongoing = Titled("ongoing");
    public static readonly (string Name, string Title) FirstDisclosure = Titled("first_disclosure");
    public static readonly (string Name, string Title) OnlineRecruitment = Titled("online_recruitment");
    public static readonly (string Name, string Title) ClientsInvolved = Titled("clients_involved");
    public static readonly (string Name, string Title) HelpAccepted = Titled("help_accepted");
    public static readonly (string Name, string Title) PoliceReport = Titled("police_report");

    public static readonly (string Name, string Title) Year = Titled("year");
    public static readonly (string Name, string Title) Age = Titled("age");

    private static (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) Coded(string name)
    {
        var field = Codebook.Conversations[name];
        return (field.Name, Title(field), field.Categories.Select(c => (c.Value, c.Label ?? c.Value, c.LabelNl)).ToArray());
    }

    private static (string Name, string Title) Titled(string name) => (name, Title(Codebook.Conversations[name]));

    private static string Title(SchemaField field) => field.Title ?? field.Name;
}
