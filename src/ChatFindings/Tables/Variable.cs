namespace ChatFindings;

/// <summary>
/// A categorical variable a table counts by: its codebook name (e.g. "exploitation_type"), a title
/// for readers, and its categories in codebook order. A multi-valued variable (a list field such as
/// perpetrators) lets one conversation fall into several categories.
/// </summary>
public sealed record Variable
{
    public Variable(string name, string title, IReadOnlyList<Category> categories, bool isMultiValued = false)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("A variable needs a name.", nameof(name));
        if (string.IsNullOrWhiteSpace(title)) throw new ArgumentException($"Variable '{name}' needs a title.", nameof(title));
        if (categories is null || categories.Count == 0)
            throw new ArgumentException($"Variable '{name}' needs at least one category.", nameof(categories));
        var duplicate = categories.GroupBy(c => c.Code, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
            throw new ArgumentException($"Variable '{name}' has the category code '{duplicate.Key}' twice.", nameof(categories));
        var sameLabel = categories.GroupBy(c => c.Label, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (sameLabel is not null)
            throw new ArgumentException($"Variable '{name}' has the category label '{sameLabel.Key}' twice.", nameof(categories));
        // "Total" names the margins in tables and CSV files, so no category may use it.
        if (categories.Any(c => c.Code == TableMargin.Code))
            throw new ArgumentException($"Variable '{name}' may not have a category coded '{TableMargin.Code}'.", nameof(categories));

        Name = name;
        _title = title;
        Categories = categories.ToArray();
        IsMultiValued = isMultiValued;
    }

    public string Name { get; }
    private readonly string _title;

    /// <summary>The title in the current language (Dutch from the shared strings, notebooks/nl/strings.nl.json).</summary>
    public string Title => Languages.Text(_title);
    public IReadOnlyList<Category> Categories { get; }
    public bool IsMultiValued { get; }

    /// <summary>Position of a category code in codebook order.</summary>
    public int IndexOf(string code)
    {
        for (var i = 0; i < Categories.Count; i++)
            if (Categories[i].Code == code) return i;
        throw new ArgumentException($"Variable '{Name}' has no category '{code}'.", nameof(code));
    }

    public override string ToString() => Name;
}
