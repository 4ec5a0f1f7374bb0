using ChatFindings.Load;
using ChatFindings.Schema;

namespace ChatFindings;

/// <summary>
/// The published figures of data/reference/, read through the schema-driven <see cref="TableReader"/> with the
/// schemas in data-schema/, so a bad reference file is reported by file, line, column and rule like any input.
/// </summary>
public sealed class ReferenceFigures
{
    public const string RegisteredVictimsFile = "registered_victims";
    public const string ChatFiguresFile = "chat_figures";
    public const string ClientStudyFile = "client_study";

    private ReferenceFigures(IReadOnlyList<RegisteredVictimsFigure> registered, IReadOnlyList<PublishedFigure> chat,
        IReadOnlyList<PublishedFigure> clients, IReadOnlyList<LoadReport> reports)
    {
        RegisteredVictims = registered;
        ChatFigures = chat;
        ClientStudy = clients;
        Reports = reports;
    }

    public IReadOnlyList<RegisteredVictimsFigure> RegisteredVictims { get; }
    public IReadOnlyList<PublishedFigure> ChatFigures { get; }
    public IReadOnlyList<PublishedFigure> ClientStudy { get; }

    /// <summary>One load report per file, all valid (otherwise <see cref="Load"/> throws).</summary>
    public IReadOnlyList<LoadReport> Reports { get; }

    /// <summary>
    /// Reads the three tables of <paramref name="referenceDir"/> (data/reference) with their schemas from
    /// <paramref name="schemaDir"/> (default: data-schema two levels up, i.e. the repository's).
    /// Throws <see cref="ReferenceDataException"/> listing every error when any row is rejected.
    /// </summary>
    public static ReferenceFigures Load(string referenceDir, string? schemaDir = null)
    {
        schemaDir ??= Path.Combine(referenceDir, "..", "..", "data-schema");
        var registered = Read(referenceDir, schemaDir, RegisteredVictimsFile);
        var chat = Read(referenceDir, schemaDir, ChatFiguresFile);
        var clients = Read(referenceDir, schemaDir, ClientStudyFile);
        var reports = new[] { registered.Report, chat.Report, clients.Report };
        var errors = reports.SelectMany(r => r.Errors).ToList();
        if (errors.Count > 0) throw new ReferenceDataException(errors);

        return new ReferenceFigures(
            registered.Rows.Select(r => new RegisteredVictimsFigure(
                ReferencePeriod.Parse(r.GetString("period")!),
                Code<RegisteredAgeGroup>(r, "age_group", ["all_ages", "minor"]),
                Code<RegisteredForm>(r, "exploitation_form", ["all_forms", "sexual", "criminal", "labour", "unknown"]),
                r.GetInt("count"), r.GetBool("derived")!.Value, r.GetString("source")!, r.GetString("note"), r.Line)).ToList(),
            Figures(chat), Figures(clients), reports);
    }

    /// <summary>The registered count for a period, age group and form; null for a gap; throws when there is no such row.</summary>
    public int? Registered(string period, RegisteredAgeGroup ageGroup, RegisteredForm form)
    {
        var p = ReferencePeriod.Parse(period);
        return (RegisteredVictims.SingleOrDefault(f => f.Period == p && f.AgeGroup == ageGroup && f.Form == form)
            ?? throw new KeyNotFoundException($"no registered-victims row for {period}, {ageGroup}, {form}")).Count;
    }

    /// <summary>The chat figure for a period and measure; throws when there is no such row.</summary>
    public PublishedFigure Chat(string period, string measure)
    {
        var p = ReferencePeriod.Parse(period);
        return ChatFigures.SingleOrDefault(f => f.Period == p && f.Measure == measure)
            ?? throw new KeyNotFoundException($"no chat figure '{measure}' for {period}");
    }

    private static TableReadResult Read(string referenceDir, string schemaDir, string name) =>
        TableReader.Read(Path.Combine(referenceDir, name + ".csv"), TableSchema.Load(Path.Combine(schemaDir, name + ".schema.json")));

    private static List<PublishedFigure> Figures(TableReadResult table) =>
        table.Rows.Select(r => new PublishedFigure(
            ReferencePeriod.Parse(r.GetString("period")!),
            r.GetString("measure")!,
            r.GetNumber("value"),
            Code<FigureUnit>(r, "unit", ["count", "percent", "years", "ratio"]),
            r.GetString("qualifier") is null ? null : Code<FigureQualifier>(r, "qualifier", ["exact", "about", "nearly", "over"]),
            r.GetBool("derived")!.Value,
            r.GetString("wording"),
            r.GetString("source")!,
            r.GetString("note"),
            r.Line)).ToList();

    // The enum member at index i has code i; a schema category without a member is a mismatch between schema and code.
    private static TEnum Code<TEnum>(TableRow row, string column, string[] codes) where TEnum : struct, Enum
    {
        var code = row.GetString(column)!;
        var i = Array.IndexOf(codes, code);
        if (i < 0) throw new InvalidOperationException($"{row}: column {column} has code '{code}', which the schema allows but {typeof(TEnum).Name} does not know");
        return (TEnum)(object)i;
    }
}

/// <summary>Reference data that broke its schema: every error, each naming file, line, column and rule.</summary>
public sealed class ReferenceDataException(IReadOnlyList<LoadError> errors)
    : Exception("invalid reference data:\n" + string.Join("\n", errors.Select(e => "  " + e)))
{
    public IReadOnlyList<LoadError> Errors { get; } = errors;
}
