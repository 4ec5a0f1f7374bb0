namespace ChatFindings;

/// <summary>
/// A <see cref="Variable"/> of <see cref="Conversation"/>: says which category (or, for a list
/// field, which categories) a conversation falls in. Every conversation falls in at least one,
/// "Not known" included, so a table built from it accounts for every conversation.
/// </summary>
public sealed class ConversationVariable
{
    private readonly Func<Conversation, int>? _single;
    private readonly Func<Conversation, int>? _flags;

    private ConversationVariable(Variable variable, Func<Conversation, int>? single, Func<Conversation, int>? flags)
    {
        Variable = variable;
        _single = single;
        _flags = flags;
    }

    /// <summary>The same coding read straight from a store's columns, for counting without a view per row (built-in variables).</summary>
    internal ColumnCodes? Columns { get; private init; }

    internal ConversationVariable WithColumns(ColumnCodes? columns) => new(Variable, _single, _flags) { Columns = columns };

    /// <summary>The same with columns made for this variable (e.g. sized by its categories).</summary>
    internal ConversationVariable WithColumns(Func<ConversationVariable, ColumnCodes?> columns) => WithColumns(columns(this));

    public Variable Variable { get; }
    public string Name => Variable.Name;

    /// <summary>A single-valued variable: <paramref name="indexOf"/> gives one category index per conversation.</summary>
    public static ConversationVariable Single(Variable variable, Func<Conversation, int> indexOf)
    {
        if (variable.IsMultiValued)
            throw new ArgumentException($"Variable '{variable.Name}' is multi-valued; use ConversationVariable.Flags.", nameof(variable));
        return new(variable, indexOf, null);
    }

    /// <summary>
    /// A multi-valued variable read from a flag set: bit i is category i; no bit set means
    /// "Not known", which must be the variable's last category.
    /// </summary>
    public static ConversationVariable Flags(Variable variable, Func<Conversation, int> bitsOf)
    {
        if (!variable.IsMultiValued)
            throw new ArgumentException($"Variable '{variable.Name}' is single-valued; use ConversationVariable.Single.", nameof(variable));
        if (variable.Categories[^1].Code != Category.UnknownCode)
            throw new ArgumentException($"Variable '{variable.Name}' needs '{Category.UnknownCode}' as its last category.", nameof(variable));
        if (variable.Categories.Count - 1 > 31)
            throw new ArgumentException($"Variable '{variable.Name}' has more categories than an int flag set can hold.", nameof(variable));
        return new(variable, null, bitsOf);
    }

    /// <summary>The one category of a conversation; only for single-valued variables.</summary>
    public int IndexOf(Conversation conversation)
    {
        if (_single is null)
            throw new InvalidOperationException($"Variable '{Name}' is multi-valued: use IndexesOf.");
        var index = _single(conversation);
        if (index < 0 || index >= Variable.Categories.Count)
            throw new ArgumentException(
                $"Conversation '{conversation.ConversationId}' has no category of '{Name}' (index {index}).", nameof(conversation));
        return index;
    }

    /// <summary>The categories of a conversation in codebook order: one for a single-valued variable, one or more for a list.</summary>
    public IReadOnlyList<int> IndexesOf(Conversation conversation)
    {
        if (_single is not null) return [IndexOf(conversation)];

        var bits = _flags!(conversation);
        var known = Variable.Categories.Count - 1;
        if (bits == 0) return [known]; // the empty set is "Not known"
        if (bits < 0 || bits >> known != 0)
            throw new ArgumentException(
                $"Conversation '{conversation.ConversationId}' has flags {bits} outside the categories of '{Name}'.", nameof(conversation));
        var indexes = new List<int>(known);
        for (var i = 0; i < known; i++)
            if ((bits & (1 << i)) != 0) indexes.Add(i);
        return indexes;
    }

    public override string ToString() => Name;
}
