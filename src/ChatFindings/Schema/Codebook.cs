namespace ChatFindings.Schema;

/// <summary>
/// The conversations codebook (data-schema/conversations.schema.json) as built into the library:
/// the source of the titles and labels tables show, so they can never drift from the schema.
/// </summary>
public static class Codebook
{
    private static readonly Lazy<TableSchema> Embedded = new(() =>
    {
        const string name = "codebook/conversations.schema.json";
        using var stream = typeof(Codebook).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The library was built without its codebook resource '{name}'.");
        using var reader = new StreamReader(stream);
        return TableSchema.Parse(reader.ReadToEnd(), "conversations.schema.json (built into ChatFindings)");
    });

    public static TableSchema Conversations => Embedded.Value;
}
