using System.Text;
using System.Text.Json.Nodes;
using CsCheck;
using ChatFindings.Tests.Support;

namespace ChatFindings.Tests.Load;

/// <summary>
/// The parallel reader (Sep) and CsvHelper's give identical results: the same accepted conversations in file
/// order and the same rejected rows with the same errors, on every fixture, on fuzzed files and on a large file
/// whose quoted fields hold line breaks. Files the parallel reader declines go to CsvHelper; the fixtures say
/// which must be taken, so a reader that declined everything would fail here.
/// </summary>
public sealed class ReaderAgreementTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    /// <summary>Reads a file both ways and asserts they agree; returns whether the parallel reader took it.</summary>
    internal static bool Agree(string path, TableSchema? schema = null)
    {
        schema ??= Codebook.Conversations;
        var bound = ConversationColumns.Bind(schema);
        var table = TableReader.Read(path, schema);
        var expected = bound.ToStore(table.Data);
        var fast = ParallelConversationReader.TryRead(path, schema, bound);
        if (fast is null) return false;

        Assert.Equal(Describe(table.Report.Errors), Describe(fast.Report.Errors));
        Assert.Equal(table.Report.Errors, fast.Report.Errors);
        Assert.Equal((table.Report.RowsRead, table.Report.RowsAccepted, table.Report.RowsRejected),
            (fast.Report.RowsRead, fast.Report.RowsAccepted, fast.Report.RowsRejected));
        Assert.Equal(expected.Count, fast.Store.Count);
        for (var r = 0; r < expected.Count; r++)
        {
            var (want, got) = (new Conversation(expected, r), new Conversation(fast.Store, r));
            if (!want.Equals(got)) Assert.Fail($"row {r}: {want} <> {got}");
        }
        return true;
    }

    private static string Describe(IEnumerable<LoadError> errors) => string.Join("\n", errors);

    private static string Row(string id, params (string column, string value)[] overrides) => ConversationCsv.Row(id, ',', overrides);

    /// <summary>Files the parallel reader takes: accepted, and with rejected rows of every rule it reports.</summary>
    public static TheoryData<string, string> Taken() => new()
    {
        { "plain", ConversationCsv.File(Row("A1"), Row("A2"), Row("A3")) },
        { "no final line break", ConversationCsv.Header() + "\n" + Row("A1") + "\n" + Row("A2") },
        { "CRLF", (ConversationCsv.Header() + "\r\n" + Row("A1") + "\r\n" + Row("A2") + "\r\n") },
        { "lone CR", ConversationCsv.Header() + "\r" + Row("A1") + "\r" + Row("A2") + "\r" },
        { "blank lines", "\n\n" + ConversationCsv.Header() + "\n\n" + Row("A1") + "\n\n\n" + Row("A2") + "\n\n" },
        { "header only", ConversationCsv.Header() + "\n" },
        { "Dutch export", ConversationCsv.Header(';') + "\r\n" +
            ConversationCsv.Row("NL-1", ';', ("ongoing", "ja"), ("first_disclosure", "Nee"), ("perpetrators", "parent|stranger")) + "\r\n" +
            ConversationCsv.Row("NL-2", ';', ("police_report", "JA"), ("platforms", "\"social_media|gaming\"")) + "\r\n" },
        { "spaces and quotes", ConversationCsv.File(
            Row(" A1 ", ("year", "\"2021\""), ("reporter", "  \" victim \"  "), ("age", "\t15"), ("gender", "\"\"")),
            Row("\"A2\"", ("platforms", " \"gaming | social_media\" "))) },
        { "quoted line breaks in rejected cells", ConversationCsv.File(
            Row("A1", ("platforms", "\"social_media\n|gaming\"")), Row("A2", ("duration", "\"1_2y\r\n\r\n\"")), Row("A3", ("gender", "\"a \"\"b\"\"\"")), Row("A4")) },
        { "cell rules", ConversationCsv.File(
            Row("A1", ("year", "20x1")), Row("A2", ("reporter", "")), Row("A3", ("gender", "unknown")), Row("A4", ("perpetrators", "parent||stranger")),
            Row("A5", ("perpetrators", "parent|parent")), Row("A6", ("ongoing", "maybe")), Row("A7", ("age", "3")), Row("A 8"),
            Row("A9", ("age", "x"), ("year", "1800"), ("platforms", "fax")), Row(new string('Z', 70)), Row("A10")) },
        { "sorted duplicates", ConversationCsv.File(Row("A1"), Row("A2"), Row("A2"), Row("A3", ("year", "x")), Row("A3"), Row("A4")) },
        { "unsorted duplicates", ConversationCsv.File(Row("B2"), Row("B1"), Row("B2"), Row("B3", ("age", "x")), Row("B3"), Row("B1"), Row("A9")) },
        { "field counts", ConversationCsv.File(Row("A1") + ",extra", "A2,2021", "   ", "\t", " \t ", "\"\"", " \"\" ", ",", Row("A3")) },
        { "invalid id", ConversationCsv.File(Row("A1"), Row(""), Row("é"), Row("A2")) },
    };

    /// <summary>Files only CsvHelper reads: broken quoting, bytes that are not UTF-8 text, a header that does not fit.</summary>
    public static TheoryData<string, byte[]> Declined() => new()
    {
        { "stray quote", Encoding.UTF8.GetBytes(ConversationCsv.File(Row("A1"), Row("A\"2"))) },
        { "text after closing quote", Encoding.UTF8.GetBytes(ConversationCsv.File(Row("\"A1\"x"), Row("A2"))) },
        { "unclosed quote", Encoding.UTF8.GetBytes(ConversationCsv.File(Row("A1"), Row("\"A2"), Row("A3"))) },
        { "invalid UTF-8", [.. Encoding.UTF8.GetBytes(ConversationCsv.File(Row("A1"))), .. "A2,2021,\u00ff"u8.ToArray(), 0xFF, (byte)'\n'] },
        { "NUL", [.. Encoding.UTF8.GetBytes(ConversationCsv.File(Row("A1"))), .. Encoding.UTF8.GetBytes(Row("A\0")), (byte)'\n'] },
        { "unknown column", Encoding.UTF8.GetBytes(ConversationCsv.Header() + ",note\n" + Row("A1") + ",x\n") },
        { "empty", [] },
        { "UTF-16", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(ConversationCsv.File(Row("A1")))).ToArray() },
    };

    [Theory]
    [MemberData(nameof(Taken))]
    public void The_readers_agree_on_every_fixture_the_parallel_reader_takes(string name, string text)
    {
        Assert.True(Agree(_folder.Write(name + ".csv", text)), $"{name}: the parallel reader declined a well-formed file");
    }

    [Fact]
    public void A_BOM_is_passed_over()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes(ConversationCsv.File(Row("A1"), Row("A1")))).ToArray();
        Assert.True(Agree(_folder.Write("bom.csv", bytes)));
    }

    [Theory]
    [MemberData(nameof(Declined))]
    public void Files_with_broken_quoting_or_bytes_go_to_CsvHelper_whose_report_the_loader_gives(string name, byte[] bytes)
    {
        var path = _folder.Write(name + ".csv", bytes);
        Assert.False(Agree(path), $"{name}: the parallel reader took a file CsvHelper must report");
        Assert.Equal(TableReader.Read(path, Codebook.Conversations).Report.Errors, ConversationLoader.Load(path).Report.Errors);
    }

    [Fact]
    public void A_quote_never_closed_before_twenty_megabytes_of_rows_goes_to_CsvHelper()
    {
        // Sep reads the rest of the file as one row and stops at its longest row; CsvHelper names the quote.
        var text = new StringBuilder(ConversationCsv.File(Row("A1"), Row("\"A2")));
        for (var i = 3; text.Length < 20_000_000; i++) text.Append(Row($"A{i}")).Append('\n');
        var path = _folder.Write("unclosed.csv", text.ToString());
        Assert.False(Agree(path));
        var report = ConversationLoader.Load(path).Report;
        Assert.Contains(report.Errors, e => e.Rule == LoadRules.UnclosedQuote && e.Line == 3);
    }

    [Fact]
    public void The_shipped_data_is_read_by_the_parallel_reader_with_the_same_result()
    {
        Assert.True(Agree(Repo.PathOf("data", "synthetic", "conversations.csv")));
    }

    [Fact]
    public void Fuzzed_conversation_files_give_the_same_result_whichever_reader_takes_them()
    {
        var taken = 0;
        Files().Sample(bytes =>
        {
            var path = _folder.Write($"{Guid.NewGuid():N}.csv", bytes);
            if (Agree(path)) taken++;
            File.Delete(path);
        }, iter: 300, threads: 1);
        Assert.InRange(taken, 100, 300); // most fuzzed files are well-formed, so the comparison is not vacuous
    }

    [Fact]
    public void A_large_file_with_line_breaks_in_quoted_fields_reads_the_same_both_ways()
    {
        var schema = WithNote();
        var text = new StringBuilder(ConversationCsv.Header() + ",note\r\n");
        var random = new Random(15);
        for (var i = 1; i <= 40_000; i++)
        {
            var id = random.Next(200) == 0 ? $"S{i - 1:D6}" : $"S{i:D6}"; // a few duplicates
            var row = random.Next(50) switch
            {
                0 => Row(id, ("gender", "\"fe\nmale\"")),
                1 => Row(id, ("age", "x")),
                _ => Row(id, ("ongoing", random.Next(2) == 0 ? "true" : "nee"), ("platforms", random.Next(3) == 0 ? "gaming|social_media" : "")),
            };
            var note = random.Next(4) switch
            {
                0 => "\"line one\r\nline \"\"two\"\"\nline three\"",
                1 => "\"\n\n\"",
                2 => "plain",
                _ => "",
            };
            text.Append(row).Append(',').Append(note).Append(random.Next(3) == 0 ? "\n" : "\r\n");
        }
        var path = _folder.Write("large.csv", text.ToString());
        Assert.True(Agree(path, schema), "the parallel reader declined the large file");
    }

    /// <summary>The codebook with one more field, a free-text note, so quoted line breaks can be accepted.</summary>
    private TableSchema WithNote()
    {
        var json = JsonNode.Parse(File.ReadAllText(Repo.ConversationsSchema))!;
        json["fields"]!.AsArray().Add(new JsonObject { ["name"] = "note", ["type"] = "string" });
        return TableSchema.Load(_folder.Write("with-note.schema.json", json.ToJsonString()));
    }

    /// <summary>Conversation files built from valid and invalid cells, separators, line endings, quoting and stray bytes.</summary>
    private static Gen<byte[]> Files()
    {
        var cell = Gen.OneOf(
            Gen.Const(""), Gen.Const(" "), Gen.Const("\"\""), Gen.Const("x"), Gen.Const("2021"), Gen.Const("victim"), Gen.Const("ja"),
            Gen.Const("NEE"), Gen.Const("parent|stranger"), Gen.Const("\"gaming|\nsocial_media\""), Gen.Const("\" 16 \""), Gen.Const("a\"b"),
            Gen.Const("\"unclosed"), Gen.Const("\u00e9"), Gen.Const("1_2y"), Gen.Const("female"), Gen.Const("true"), Gen.Const("\"x\"\"y\""));
        var change = Gen.Select(Gen.Int[0, ConversationCsv.Columns.Length - 1], cell);
        var row = Gen.Select(Gen.Int[1, 30], change.Array[0, 3], Gen.Int[0, 9], (id, changes, blank) =>
            blank == 0 ? "" : Row($"C{id}", changes.Select(c => (ConversationCsv.Columns[c.Item1], c.Item2)).ToArray()));
        return Gen.Select(row.Array[0, 12], Gen.OneOf(Gen.Const("\n"), Gen.Const("\r\n"), Gen.Const("\r")), Gen.Bool, Gen.Int[0, 20],
            (rows, newline, semicolon, mutation) =>
            {
                var text = ConversationCsv.Header() + newline + string.Join(newline, rows) + (mutation % 2 == 0 ? newline : "");
                if (semicolon) text = text.Replace(',', ';');
                var bytes = Encoding.UTF8.GetBytes(text).ToList();
                if (mutation == 1 && bytes.Count > 300) bytes.Insert(300, 0xC3);           // a broken character
                if (mutation == 3 && bytes.Count > 250) bytes[250] = (byte)'"';             // a stray quote
                if (mutation == 5) bytes.InsertRange(0, [0xEF, 0xBB, 0xBF]);                // a BOM
                return bytes.ToArray();
            });
    }
}
