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
        Coded(CodebookLabels.Reporter, c => (int)c.Reporter, optional: false, CodedColumn.Reporter);

    public static ConversationVariable Gender { get; } =
        Coded(CodebookLabels.Gender, c => c.Gender is { } g ? (int)g : null, optional: true, CodedColumn.Gender);

    public static ConversationVariable AgeGroup { get; } = ConversationVariable.Single(
        new Variable("age_group", "Age group", AgeGroups.Categories), c => AgeGroups.IndexOf(c.Age)).WithColumns(ColumnCodes.AgeGroups);

    public static ConversationVariable ExploitationType { get; } =
        Coded(CodebookLabels.ExploitationType, c => (int)c.ExploitationType, optional: false, CodedColumn.ExploitationType);

    public static ConversationVariable Perpetrators { get; } =
        Listed(CodebookLabels.Perpetrators, c => (int)c.Perpetrators, CodedColumn.Perpetrators);

    public static ConversationVariable Duration { get; } =
        Coded(CodebookLabels.Duration, c => c.Duration is { } d ? (int)d : null, optional: true, CodedColumn.Duration);

    public static ConversationVariable Ongoing { get; } = YesNo(CodebookLabels.Ongoing, c => c.Ongoing, CodedColumn.Ongoing);
    public static ConversationVariable FirstDisclosure { get; } = YesNo(CodebookLabels.FirstDisclosure, c => c.FirstDisclosure, CodedColumn.FirstDisclosure);
    public static ConversationVariable OnlineRecruitment { get; } = YesNo(CodebookLabels.OnlineRecruitment, c => c.OnlineRecruitment, CodedColumn.OnlineRecruitment);

    public static ConversationVariable Platforms { get; } =
        Listed(CodebookLabels.Platforms, c => (int)c.Platforms, CodedColumn.Platforms);

    public static ConversationVariable ClientsInvolved { get; } = YesNo(CodebookLabels.ClientsInvolved, c => c.ClientsInvolved, CodedColumn.ClientsInvolved);

    public static ConversationVariable FirstConfidant { get; } =
        Coded(CodebookLabels.FirstConfidant, c => c.FirstConfidant is { } f ? (int)f : null, optional: true, CodedColumn.FirstConfidant);

    public static ConversationVariable FirstReaction { get; } =
        Coded(CodebookLabels.FirstReaction, c => c.FirstReaction is { } r ? (int)r : null, optional: true, CodedColumn.FirstReaction);

    public static ConversationVariable HelpAccepted { get; } = YesNo(CodebookLabels.HelpAccepted, c => c.HelpAccepted, CodedColumn.HelpAccepted);
    public static ConversationVariable PoliceReport { get; } = YesNo(CodebookLabels.PoliceReport, c => c.PoliceReport, CodedColumn.PoliceReport);

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
        }).WithColumns(ColumnCodes.Years(first, categories.Length));
    }

    private static ConversationVariable Coded(
        (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) field, Func<Conversation, int?> indexOf, bool optional,
        CodedColumn column)
    {
        var categories = field.Categories.Select(c => new Category(c.Code, c.Label, c.LabelNl));
        if (optional) categories = categories.Append(Category.Unknown);
        var variable = new Variable(field.Name, field.Title, categories.ToArray());
        var unknown = variable.Categories.Count - 1;
        // Stored: an optional field's code + 1 (0 = not known); a required field's code itself.
        var count = field.Categories.Length;
        var columns = ColumnCodes.Mapped(column, b => optional ? (b == 0 ? unknown : b <= count ? b - 1 : -1) : b < count ? b : -1);
        return ConversationVariable.Single(variable, c => indexOf(c) ?? unknown).WithColumns(columns);
    }

    private static ConversationVariable Listed(
        (string Name, string Title, (string Code, string Label, string? LabelNl)[] Categories) field, Func<Conversation, int> bitsOf,
        CodedColumn column)
    {
        var categories = field.Categories.Select(c => new Category(c.Code, c.Label, c.LabelNl)).Append(Category.Unknown).ToArray();
        var known = field.Categories.Length;
        var columns = ColumnCodes.Mapped(column, b => b >> known == 0 ? b : -1); // stored as the flags themselves
        return ConversationVariable.Flags(new Variable(field.Name, field.Title, categories, isMultiValued: true), bitsOf).WithColumns(columns);
    }

    private static ConversationVariable YesNo((string Name, string Title) field, Func<Conversation, bool?> valueOf, CodedColumn column)
    {
        Category[] categories = [new("true", "Yes"), new("false", "No"), Category.Unknown];
        return ConversationVariable.Single(new Variable(field.Name, field.Title, categories), c => valueOf(c) switch
        {
            true => 0,
            false => 1,
            null => 2,
        }).WithColumns(ColumnCodes.Mapped(column, b => b switch { 2 => 0, 1 => 1, 0 => 2, _ => -1 })); // stored: 2 true, 1 false, 0 not known
    }
}
