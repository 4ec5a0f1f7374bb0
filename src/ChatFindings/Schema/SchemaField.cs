namespace ChatFindings.Schema;

/// <summary>The field types this reader understands (a subset of Table Schema v2).</summary>
public enum FieldType { String, Integer, Number, Boolean, Year, List }

/// <summary>One category of a categorical field: the code in the CSV and its labels.</summary>
public sealed record FieldCategory(string Value, string? Label, string? LabelNl);

/// <summary>The constraints of one field; null or false means "not constrained".</summary>
public sealed record FieldConstraints
{
    public bool Required { get; init; }
    public bool Unique { get; init; }
    public double? Minimum { get; init; }
    public double? Maximum { get; init; }
    public double? ExclusiveMinimum { get; init; }
    public double? ExclusiveMaximum { get; init; }
    public int? MinLength { get; init; }
    public int? MaxLength { get; init; }
    /// <summary>A regular expression the whole value must match (implicitly anchored).</summary>
    public string? Pattern { get; init; }
    /// <summary>The allowed values, as text in the field's canonical form.</summary>
    public IReadOnlyList<string>? Enum { get; init; }
}

/// <summary>One column of a table as the schema describes it.</summary>
public sealed class SchemaField
{
    private readonly Dictionary<string, int> _categoryIndex;

    internal SchemaField(
        string name, FieldType type, string? title, string? description, FieldConstraints constraints,
        IReadOnlyList<FieldCategory> categories, bool categoriesOrdered,
        IReadOnlyList<string> trueValues, IReadOnlyList<string> falseValues,
        IReadOnlyList<string>? missingValues, string? delimiter, char decimalChar)
    {
        Name = name;
        Type = type;
        Title = title;
        Description = description;
        Constraints = constraints;
        Categories = categories;
        CategoriesOrdered = categoriesOrdered;
        TrueValues = trueValues;
        FalseValues = falseValues;
        MissingValues = missingValues;
        Delimiter = delimiter;
        DecimalChar = decimalChar;
        _categoryIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < categories.Count; i++) _categoryIndex[categories[i].Value] = i;
    }

    public string Name { get; }
    public FieldType Type { get; }
    public string? Title { get; }
    public string? Description { get; }
    public FieldConstraints Constraints { get; }

    /// <summary>The allowed codes in codebook order; empty when the field is not categorical.</summary>
    public IReadOnlyList<FieldCategory> Categories { get; }
    public bool CategoriesOrdered { get; }
    public bool IsCategorical => Categories.Count > 0;

    /// <summary>For booleans: the cell texts read as true / false (matched exactly, after trimming).</summary>
    public IReadOnlyList<string> TrueValues { get; }
    public IReadOnlyList<string> FalseValues { get; }

    /// <summary>Field-level missing values; null means the table's <see cref="TableSchema.MissingValues"/> apply.</summary>
    public IReadOnlyList<string>? MissingValues { get; }

    /// <summary>For lists: the text between items. Items are always strings from <see cref="Categories"/>.</summary>
    public string? Delimiter { get; }

    /// <summary>For numbers: the decimal separator ('.' unless the schema says otherwise).</summary>
    public char DecimalChar { get; }

    /// <summary>The position of a code in <see cref="Categories"/>, or -1.</summary>
    public int CategoryIndex(string code) => _categoryIndex.GetValueOrDefault(code, -1);

    public override string ToString() => $"{Name} ({Type.ToString().ToLowerInvariant()})";
}
