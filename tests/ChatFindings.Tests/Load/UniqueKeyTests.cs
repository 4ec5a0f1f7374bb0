using System.Text;
using CsCheck;

namespace ChatFindings.Tests.Load;

/// <summary>Primary key and unique checks, in sorted and unsorted files, against a simple model.</summary>
public sealed class UniqueKeyTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void A_repeat_of_a_rejected_row_key_is_still_a_duplicate()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\nP1,cow,,,,,,,\nP2,dog,,,,,,,\nP1,dog,,,,,,,\n");
        Assert.Equal([(2, LoadRules.Category), (4, LoadRules.PrimaryKey)], result.Report.Errors.Select(e => (e.Line, e.Rule)));
        Assert.Contains("line 2", result.Report.Errors[1].Message);
    }

    [Fact]
    public void An_immediate_repeat_in_a_sorted_file_is_found()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\nP1,dog,,,,,,,\nP1,dog,,,,,,,\nP2,dog,,,,,,,\n");
        var error = PetTable.Single(result);
        Assert.Equal((3, LoadRules.PrimaryKey), (error.Line, error.Rule));
    }

    [Fact]
    public void Keys_in_any_order_are_accepted_when_they_do_not_repeat()
    {
        var result = PetTable.Read(_folder, PetTable.Header + "\nP3,dog,,,,,,,\nP1,dog,,,,,,,\nP2,dog,,,,,,,\nP10,dog,,,,,,,\n");
        Assert.True(result.Report.IsValid);
        Assert.Equal(4, result.Rows.Count);
    }

    [Fact]
    public void Every_repeat_is_reported_with_the_line_of_the_first_occurrence()
    {
        // Model: a row is a duplicate exactly when its id occurred on an earlier line; some rows are also bad for another reason.
        Gen.Select(Gen.Int[1, 12], Gen.Bool.Select(b => b ? "dog" : "cow")).Array[1, 40].Sample(rows =>
        {
            var csv = new StringBuilder(PetTable.Header + "\n");
            foreach (var (id, kind) in rows) csv.Append($"P{id},{kind},,,,,,,\n");
            var path = _folder.Write($"{Guid.NewGuid():N}.csv", csv.ToString());
            var result = TableReader.Read(path, PetTable.Schema());

            var firstLine = new Dictionary<int, int>();
            var expected = new List<(int line, string rule, string message)>();
            for (var i = 0; i < rows.Length; i++)
            {
                var line = i + 2;
                var (id, kind) = rows[i];
                if (kind == "cow") expected.Add((line, LoadRules.Category, ""));
                if (firstLine.TryGetValue(id, out var first)) expected.Add((line, LoadRules.PrimaryKey, $"line {first}"));
                else firstLine[id] = line;
            }
            Assert.Equal(expected.Select(e => (e.line, e.rule)), result.Report.Errors.Select(e => (e.Line, e.Rule)));
            foreach (var (e, actual) in expected.Zip(result.Report.Errors)) Assert.Contains(e.message, actual.Message);
            Assert.Equal(rows.Length - expected.Select(e => e.line).Distinct().Count(), result.Rows.Count);
            File.Delete(path);
        }, iter: 200, threads: 1);
    }
}
