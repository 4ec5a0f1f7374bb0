namespace ChatFindings;

/// <summary>
/// The codebook's categorical variables of <see cref="Conversation"/>, for tables. Categories are
/// in codebook order (an enum member's position is its category index); optional fields end with
/// "Not known"; booleans are Yes/No, coded true/false as in the CSV.
/// </summary>
public static class ConversationVariables
{
    /// <summary>The years of the study period, 2019-2023. A conversation from another year is an error, not dropped.</summary>
    public static ConversationVariable Year { get; } = Years(2019, 2023);

    public static ConversationVariable Reporter { get; } =
        Coded(CodebookLabels.Reporter, c => (int)c.Reporter, optional: false);

    public static ConversationVariable Gender { get; } =
        Coded(CodebookLabels.Gender, c => c.Gender is { } g ? (int)g : null, optional: true);

    public static ConversationVariable AgeGroup { get; } = ConversationVariable.Single(
        new Variable("age_group", "Age group", AgeGroups.Categories), c => AgeGroups.IndexOf(c.Age));

    public static ConversationVariable ExploitationType { get; } =
        Coded(CodebookLabels.ExploitationType, c => (int)c.ExploitationType, optional: false);

    public static ConversationVariable Perpetrators { get; } =
        Listed(CodebookLabels.Perpetrators, c => (int)c.Perpetrators);

    public static ConversationVariable Duration { get; } =
        Coded(CodebookLabels.Duration, c => c.Duration is { } d ? (int)d : null, optional: true);

    public static ConversationVariable Ongoing { get; } = YesNo(CodebookLabels.Ongoing, c => c.Ongoing);
    public static ConversationVariable FirstDisclosure { get; } = YesNo(CodebookLabels.FirstDisclosure, c => c.FirstDisclosure);
    public static ConversationVariable OnlineRecruitment { get; } = YesNo(CodebookLabels.OnlineRecruitment, c => c.OnlineRecruitment);

    public static ConversationVariable Platforms { get; } =
        Listed(CodebookLabels.Platforms, c => (int)c.Platforms);

    public static ConversationVariable ClientsInvolved { get; } = YesNo(CodebookLabels.ClientsInvolved, c => c.ClientsInvolved);

    public static ConversationVariable FirstConfidant { get; } =
        Coded(CodebookLabels.FirstConfidant, c => c.FirstConfidant is { } f ? (int)f : null, optional: true);

    public static ConversationVariable FirstReaction { get; } =
        Coded(CodebookLabels.FirstReaction, c => c.FirstReaction is { } r ? (int)r : null, optional: true);

    public static ConversationVariable HelpAccepted { get; } = YesNo(CodebookLabels.HelpAccepted, c => c.HelpAccepted);
    public static ConversationVariable PoliceReport { get; } = YesNo(CodebookLabels.PoliceReport, c => c.PoliceReport);

    /// <summary>All of them, in codebook column order (age group where age stands).</summary>
    public static IReadOnlyList<ConversationVariable> All { get; } =
    [
        Year, Reporter, AgeGroup, Gender, ExploitationType, Perpetrators, Duration, Ongoing, FirstDisclosure,
        OnlineRecruitment, Platforms, ClientsInvolved, FirstConfidant, FirstReaction, HelpAccepted, PoliceReport,
    ];

    /// <summary>The variable with this name (e.g. "exploitation_type", "age_group").</summary>
    public static ConversationVariable Get(string name) =>
        All.FirstOrDefault(v => v.Name == name)
        ?? throw new ArgumentException(
            $"No conversation variable '{name}'. Known: {string.Join(", ", All.Select(v => v.Name))}.", nameof(name));

    /// <summary>
    /// Year of first contact, one category per year from <paramref name="first"/> to
    /// <paramref name="last"/> (years without conversations show as zero rows).
    /// </summary>
    public static ConversationVariable Years(int first, int last)
    {
        if (last < first) throw new ArgumentException($"Last year {last} is before first year {first}.", nameof(last));
        var categories = Enumerable.Range(first, last - first + 1)
            .Select(y => new Category(y.ToString(System.Globalization.CultureInfo.InvariantCulture),
                                      y.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToArray();
        return ConversationVariable.Single(new Variable(CodebookLabels.Year.Name, CodebookLabels.Year.Title, categories), c =>
        {
            if (c.Year < first || c.Year > last)
                throw new ArgumentException(
                    $"Conversation '{c.ConversationId}' is from {c.Year}, outside the years {first}-{last} of this table: " +
                    "filter the conversations or use ConversationVariables.Years(first, last).");
            return c.Year - first;
        });
    }

    private static ConversationVariable Coded(
        (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) field, Func<Conversation, int?> indexOf, bool optional)
    {
        var categories = field.Categories.Select(c => new Category(c.Code, c.Label, c.LabelNl));
        if (optional) categories = categories.Append(Category.Unknown);
        var variable = new Variable(field.Name, field.Title, categories.ToArray());
        var unknown = variable.Categories.Count - 1;
        return ConversationVariable.Single(variable, c => indexOf(c) ?? unknown);
    }

    private static ConversationVariable Listed(
        (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) field, Func<Conversation, int> bitsOf)
    {
        var categories = field.Categories.Select(c => new Category(c.Code, c.Label, c.LabelNl)).Append(Category.Unknown).ToArray();
        return ConversationVariable.Flags(new Variable(field.Name, field.Title, categories, isMultiValued: true), bitsOf);
    }

    private static ConversationVariable YesNo((string Name, string Title) field, Func<Conversation, bool?> valueOf)
    {
        Category[] categories = [new("true", "Yes"), new("false", "No"), Category.Unknown];
        return ConversationVariable.Single(new Variable(field.Name, field.Title, categories), c => valueOf(c) switch
        {
            true => 0,
            false => 1,
            null => 2,
        });
    }
}
