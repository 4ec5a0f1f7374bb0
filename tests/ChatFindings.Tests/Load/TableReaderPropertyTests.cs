using System.Text;
using CsCheck;

namespace ChatFindings.Tests.Load;

/// <summary>Whatever bytes arrive, the reader returns a report (never throws) that accounts for every row.</summary>
public sealed class TableReaderPropertyTests : IDisposable
{
    private readonly TempFolder _folder = new();
    private static readonly TableSchema Schema = PetTable.Schema();

    private static readonly string ValidCsv =
        PetTable.Header + "\r\n" +
        "P1,dog,Rex,3,12.5,ja,ball|bone,T1,small\r\n" +
        "P2,cat,\"Mia, \"\"the\"\"\ncat\",4,3,nee,,T2,large\r\n" +
        "P3,bird,,,,,rope,,\r\n";

    public void Dispose() => _folder.Dispose();

    private void AssertWellFormed(byte[] bytes)
    {
        var path = _folder.Write($"{Guid.NewGuid():N}.csv", bytes);
        var result = TableReader.Read(path, Schema);
        var report = result.Report;
        Assert.Equal(report.RowsRead, report.RowsAccepted + report.RowsRejected);
        Assert.Equal(report.RowsAccepted, result.Rows.Count);
        Assert.True(report.RowsRejected == 0 || report.Errors.Count > 0, "a rejected row without an error");
        var physicalLines = 1 + bytes.Count(b => b == (byte)'\n') + bytes.Count(b => b == (byte)'\r');
        Assert.All(report.Errors, e => Assert.InRange(e.Line, 0, physicalLines));
        var lines = result.Rows.Select(r => r.Line).ToList();
        Assert.Equal(lines.OrderBy(l => l).Distinct(), lines); // accepted rows in file order, one per line at most
        File.Delete(path);
    }

    [Fact]
    public void Random_bytes_give_errors_never_exceptions()
    {
        Gen.Byte.Array[0, 400].Sample(AssertWellFormed, iter: 300, threads: 1);
    }

    [Fact]
    public void Random_text_from_CSV_characters_gives_errors_never_exceptions()
    {
        var chars = Gen.OneOf('a', 'P', '1', ',', ';', '"', '\n', '\r', ' ', '|', 'é', '\0');
        chars.Array[0, 300].Select(cs => Encoding.UTF8.GetBytes(PetTable.Header + "\n" + new string(cs)))
            .Sample(AssertWellFormed, iter: 300, threads: 1);
    }

    [Fact]
    public void Mutated_valid_CSV_gives_errors_never_exceptions()
    {
        var valid = Encoding.UTF8.GetBytes(ValidCsv);
        var mutation = Gen.Select(Gen.Int[0, valid.Length - 1], Gen.OneOf((byte)'"', (byte)',', (byte)';', (byte)'\n', (byte)'\r', (byte)'|', (byte)0, (byte)0xC3, (byte)'x'), Gen.Int[0, 2]);
        mutation.Array[1, 6].Select(ms =>
        {
            var bytes = valid.ToList();
            foreach (var (at, value, kind) in ms)
            {
                var i = Math.Min(at, bytes.Count - 1);
                if (bytes.Count == 0) break;
                switch (kind)
                {
                    case 0: bytes[i] = value; break;
                    case 1: bytes.Insert(i, value); break;
                    default: bytes.RemoveAt(i); break;
                }
            }
            return bytes.ToArray();
        }).Sample(AssertWellFormed, iter: 400, threads: 1);
    }

    [Fact]
    public void The_unmutated_CSV_is_valid()
    {
        // The base of the mutation test must itself be accepted, or the test would only mutate garbage.
        var result = TableReader.Read(_folder.Write("valid.csv", ValidCsv), Schema);
        Assert.True(result.Report.IsValid, string.Join("\n", result.Report.Errors));
        Assert.Equal([2, 3, 5], result.Rows.Select(r => r.Line));
    }
}
