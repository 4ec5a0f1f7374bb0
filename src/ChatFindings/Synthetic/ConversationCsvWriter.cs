using System.Globalization;
using System.Text;

namespace ChatFindings.Synthetic;

/// <summary>
/// Writes conversations as the codebook's CSV: the schema's columns in schema order, comma-separated,
/// LF line endings, UTF-8 without BOM, lists '|'-joined in codebook order, booleans true/false,
/// missing values as empty cells, invariant culture. No cell can contain a comma, quote or line
/// break (ids are checked; every other cell is a code or a number), so nothing needs quoting.
/// </summary>
public sealed class ConversationCsvWriter : IDisposable
{
    /// <summary>The column names, in the order of data-schema/conversations.schema.json.</summary>
    public static readonly string[] Columns =
    [
        "conversation_id", "year", "reporter", "age", "gender", "exploitation_type", "perpetrators", "duration",
        "ongoing", "first_disclosure", "online_recruitment", "platforms", "clients_involved", "first_confidant",
        "first_reaction", "help_accepted", "police_report",
    ];

    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    private readonly TextWriter _out;
    private readonly bool _ownsWriter;
    private readonly char[] _number = new char[16];

    /// <summary>Writes to a text writer the caller owns; the header is written at once.</summary>
    public ConversationCsvWriter(TextWriter output) : this(output, ownsWriter: false) { }

    private ConversationCsvWriter(TextWriter output, bool ownsWriter)
    {
        _out = output;
        _ownsWriter = ownsWriter;
        _out.Write(string.Join(',', Columns));
        _out.Write('\n');
    }

    /// <summary>Creates (or overwrites) a CSV file and writes the header.</summary>
    public static ConversationCsvWriter Create(string path) =>
        new(new StreamWriter(path, append: false, Utf8NoBom, bufferSize: 1 << 16), ownsWriter: true);

    /// <summary>Writes a whole file: header and one line per conversation.</summary>
    public static void WriteFile(string path, IEnumerable<Conversation> conversations)
    {
        using var writer = Create(path);
        foreach (var c in conversations) writer.Write(c);
    }

    /// <summary>The whole CSV as a string (for small sets and tests).</summary>
    public static string ToCsv(IEnumerable<Conversation> conversations)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var writer = new ConversationCsvWriter(text))
            foreach (var c in conversations) writer.Write(c);
        return text.ToString();
    }

    public void Write(Conversation c)
    {
        WriteId(c.ConversationId);
        Comma(); WriteInt(c.Year);
        Comma(); _out.Write(CategoryCodes.Code(c.Reporter));
        Comma(); if (c.Age is { } age) WriteInt(age);
        Comma(); if (c.Gender is { } gender) _out.Write(CategoryCodes.Code(gender));
        Comma(); _out.Write(CategoryCodes.Code(c.ExploitationType));
        Comma(); WriteFlags((int)c.Perpetrators, CategoryCodes.Perpetrators, "perpetrators");
        Comma(); if (c.Duration is { } duration) _out.Write(CategoryCodes.Code(duration));
        Comma(); WriteBool(c.Ongoing);
        Comma(); WriteBool(c.FirstDisclosure);
        Comma(); WriteBool(c.OnlineRecruitment);
        Comma(); WriteFlags((int)c.Platforms, CategoryCodes.Platforms, "platforms");
        Comma(); WriteBool(c.ClientsInvolved);
        Comma(); if (c.FirstConfidant is { } confidant) _out.Write(CategoryCodes.Code(confidant));
        Comma(); if (c.FirstReaction is { } reaction) _out.Write(CategoryCodes.Code(reaction));
        Comma(); WriteBool(c.HelpAccepted);
        Comma(); WriteBool(c.PoliceReport);
        _out.Write('\n');
    }

    private void Comma() => _out.Write(',');

    private void WriteId(string id)
    {
        // An id that needed quoting would not pass the codebook's pattern anyway: refuse it here.
        if (id.Length == 0 || id.AsSpan().IndexOfAny(",\"\r\n|") >= 0)
            throw new ArgumentException($"conversation id '{id}' is empty or contains a character that would need CSV quoting");
        _out.Write(id);
    }

    private void WriteInt(int value)
    {
        value.TryFormat(_number, out var written, default, CultureInfo.InvariantCulture);
        _out.Write(_number, 0, written);
    }

    private void WriteBool(bool? value)
    {
        if (value is { } v) _out.Write(v ? "true" : "false");
    }

    private void WriteFlags(int bits, string[] codes, string column)
    {
        if (bits >> codes.Length != 0)
            throw new ArgumentOutOfRangeException(column, bits, $"{column} has a flag outside the codebook's {codes.Length} categories");
        var first = true;
        for (var i = 0; i < codes.Length; i++)
        {
            if ((bits & (1 << i)) == 0) continue;
            if (!first) _out.Write('|');
            _out.Write(codes[i]);
            first = false;
        }
    }

    public void Flush() => _out.Flush();

    public void Dispose()
    {
        if (_ownsWriter) _out.Dispose();
        else _out.Flush();
    }
}
