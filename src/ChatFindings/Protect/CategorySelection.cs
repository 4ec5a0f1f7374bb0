namespace ChatFindings;

/// <summary>
/// Some categories of one variable, for a count or share in a sentence of a <see cref="Population"/>:
/// <c>ConversationVariables.Duration.Known()</c>, <c>FindingVariables.ParentExploiter.Is("parent")</c>.
/// A conversation is selected when it falls in one of them. The count is then a sum of cells of
/// the population's tables, which is what lets the audit treat it as an equation.
/// </summary>
public sealed record CategorySelection
{
    internal CategorySelection(ConversationVariable variable, IReadOnlyList<string> codes)
    {
        ArgumentNullException.ThrowIfNull(variable);
        if (codes.Count == 0) throw new ArgumentException($"Select at least one category of '{variable.Name}'.", nameof(codes));
        var known = variable.Variable.Categories.Select(c => c.Code).ToList();
        if (codes.FirstOrDefault(c => !known.Contains(c)) is { } unknown)
            throw new ArgumentException($"'{unknown}' is not a category of '{variable.Name}' ({string.Join(", ", known)}).", nameof(codes));
        // A conversation can name several categories of a list variable: a sum of its cells would count it twice.
        if (variable.Variable.IsMultiValued && codes.Count > 1)
            throw new ArgumentException($"'{variable.Name}' is multi-valued: select one category at a time.", nameof(codes));
        Variable = variable;
        Codes = known.Where(codes.Contains).ToList();
    }

    public ConversationVariable Variable { get; }

    /// <summary>The selected category codes, in codebook order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>Every category but "Not known": the selection leaves out only the unknown answers.</summary>
    public bool IsKnown =>
        Variable.Variable.Categories.Any(c => c.Code == Category.UnknownCode)
        && Codes.Count == Variable.Variable.Categories.Count - 1 && !Codes.Contains(Category.UnknownCode);

    public bool Matches(Conversation conversation) => Variable.IndexesOf(conversation).Any(i => Codes.Contains(Variable.Variable.Categories[i].Code));

    /// <summary>The same selection without some categories, e.g. <c>FirstConfidant.Known().Except("none")</c>.</summary>
    public CategorySelection Except(params string[] codes) =>
        codes.FirstOrDefault(c => !Codes.Contains(c)) is { } missing
            ? throw new ArgumentException($"'{missing}' is not among the selected categories of '{Variable.Name}' ({string.Join(", ", Codes)}).", nameof(codes))
            : new(Variable, Codes.Except(codes).ToList());

    public override string ToString() => $"{Variable.Name} in ({string.Join(", ", Codes)})";
}

/// <summary>How a notebook names the categories a sentence counts.</summary>
public static class CategorySelections
{
    /// <summary>The conversations in any of these categories.</summary>
    public static CategorySelection Is(this ConversationVariable variable, params string[] codes) => new(variable, codes);

    /// <summary>The conversations where the variable is known: every category but "Not known".</summary>
    public static CategorySelection Known(this ConversationVariable variable) =>
        new(variable, variable.Variable.Categories.Select(c => c.Code).Where(c => c != Category.UnknownCode).ToArray());
}
