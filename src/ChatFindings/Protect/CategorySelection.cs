namespace ChatFindings;

/// <summary>
/// Some categories of one variable, for a count or share in a sentence of a <see cref="Population"/>:
/// <c>ConversationVariables.Duration.Known()</c>, <c>FindingVariables.ParentExploiter.Is("parent")</c>.
/// A conversation is selected when it falls in one of them. The count is then a sum of cells of
/// the population's tables, which is what lets the audit treat it as an equation. A list variable's
/// complement (<see cref="CategorySelections.IsNot"/>, "no sex-advertisement site named") is the
/// total less the category: its cells don't add up to the total, since a conversation can name several.
/// </summary>
public sealed record CategorySelection
{
    internal CategorySelection(ConversationVariable variable, IReadOnlyList<string> codes, bool negated = false)
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
        Negated = negated;
    }

    public ConversationVariable Variable { get; }

    /// <summary>The selected category codes, in codebook order.</summary>
    public IReadOnlyList<string> Codes { get; }

    /// <summary>
    /// The conversations <em>not</em> in the category <see cref="Codes"/> (only of a list variable:
    /// a single-valued variable's complement is a selection of its other categories).
    /// </summary>
    public bool Negated { get; }

    /// <summary>Every category but "Not known": the selection leaves out only the unknown answers.</summary>
    public bool IsKnown => Negated
        ? Codes.SequenceEqual([Category.UnknownCode])
        : Variable.Variable.Categories.Any(c => c.Code == Category.UnknownCode)
          && Codes.Count == Variable.Variable.Categories.Count - 1 && !Codes.Contains(Category.UnknownCode);

    public bool Matches(Conversation conversation) =>
        Negated != Variable.IndexesOf(conversation).Any(i => Codes.Contains(Variable.Variable.Categories[i].Code));

    /// <summary>
    /// The conversations in both selections of this variable: "yes" within "known" is "yes". Within a
    /// list variable only a category within its known answers, or one selection twice, is a selection.
    /// </summary>
    internal CategorySelection Intersect(CategorySelection other)
    {
        if (other.Variable.Name != Variable.Name) throw new ArgumentException("Intersect selections of one variable.", nameof(other));
        if (Negated == other.Negated && Codes.SequenceEqual(other.Codes)) return this;
        if (!Negated && !other.Negated) return new(Variable, Codes.Intersect(other.Codes).ToList());
        var (named, complement) = Negated ? (other, this) : (this, other);
        // Any category of a list but "Not known" is a known answer.
        if (!named.Negated && complement.IsKnown && !named.Codes.Contains(Category.UnknownCode)) return named;
        throw new ArgumentException($"'{this}' and '{other}' together are not a selection of categories of '{Variable.Name}'.", nameof(other));
    }

    /// <summary>The same selection without some categories, e.g. <c>FirstConfidant.Known().Except("none")</c>.</summary>
    public CategorySelection Except(params string[] codes) =>
        codes.FirstOrDefault(c => !Codes.Contains(c)) is { } missing
            ? throw new ArgumentException($"'{missing}' is not among the selected categories of '{Variable.Name}' ({string.Join(", ", Codes)}).", nameof(codes))
            : new(Variable, Codes.Except(codes).ToList());

    public override string ToString() => $"{Variable.Name} {(Negated ? "not in" : "in")} ({string.Join(", ", Codes)})";
}

/// <summary>How a notebook names the categories a sentence counts.</summary>
public static class CategorySelections
{
    /// <summary>The conversations in any of these categories.</summary>
    public static CategorySelection Is(this ConversationVariable variable, params string[] codes) => new(variable, codes);

    /// <summary>
    /// The conversations where the variable is known: every category but "Not known" (of a list
    /// variable, the conversations not in "Not known": naming at least one category).
    /// </summary>
    public static CategorySelection Known(this ConversationVariable variable) =>
        variable.Variable.IsMultiValued ? variable.IsNot(Category.UnknownCode)
        : new(variable, variable.Variable.Categories.Select(c => c.Code).Where(c => c != Category.UnknownCode).ToArray());

    /// <summary>
    /// The conversations not in this category, e.g. <c>Platforms.IsNot("sex_ad_site")</c>: of a list
    /// variable the total less the category; of a single-valued one its other categories.
    /// </summary>
    public static CategorySelection IsNot(this ConversationVariable variable, string code)
    {
        _ = new CategorySelection(variable, [code]);   // a category of the variable
        if (variable.Variable.IsMultiValued) return new(variable, [code], negated: true);
        var others = variable.Variable.Categories.Select(c => c.Code).Where(c => c != code).ToArray();
        return new(variable, others);
    }
}
